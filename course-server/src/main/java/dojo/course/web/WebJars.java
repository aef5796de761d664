package dojo.course.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Paths of the browser libraries served from WebJars, with versions read from the jars themselves. */
final class WebJars {
    static final String HIGHLIGHT = "/webjars/highlightjs/" + version("org.webjars", "highlightjs");
    static final String MERMAID = "/webjars/mermaid/" + version("org.webjars.npm", "mermaid") + "/dist/mermaid.min.js";
    static final String CODEMIRROR = "/webjars/codemirror/" + version("org.webjars.npm", "codemirror");
    static final String CHART = "/webjars/chart.js/" + version("org.webjars.npm", "chart.js") + "/dist/chart.umd.js";

    private WebJars() {
    }

    private static String version(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = WebJars.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Expected the WebJar " + group + ":" + artifact + " on the classpath, found"
                        + " nothing at " + resource + "; rebuild the course server");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource, e);
        }
    }
}
