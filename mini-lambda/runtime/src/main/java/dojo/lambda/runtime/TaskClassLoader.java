package dojo.lambda.runtime;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.security.PermissionCollection;
import java.security.Permissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Loads a function's code as AWS does: classes and resources from the task root, then every
 * {@code lib/*.jar} in name order. The parent is the runtime's loader, so the
 * {@code com.amazonaws.services.lambda.runtime} interfaces are shared even when the package
 * bundles its own copy of aws-lambda-java-core.
 */
final class TaskClassLoader {
    private TaskClassLoader() {}

    static URLClassLoader create(File taskRoot, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        urls.add(url(taskRoot));
        File[] jars = new File(taskRoot, "lib").listFiles();
        if (jars != null) {
            Arrays.sort(jars);
            for (File jar : jars) {
                if (jar.isFile() && jar.getName().endsWith(".jar")) {
                    urls.add(url(jar));
                }
            }
        }
        return new FunctionClassLoader(urls.toArray(new URL[0]), parent);
    }

    /**
     * Grants no permissions: without a SecurityManager they are never checked, and computing
     * FilePermissions for every class loads the security configuration during cold start.
     */
    private static final class FunctionClassLoader extends URLClassLoader {
        static {
            ClassLoader.registerAsParallelCapable();
        }

        FunctionClassLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected PermissionCollection getPermissions(CodeSource source) {
            return new Permissions();
        }
    }

    /** Names of the top-level classes under the task root (not in lib jars), sorted. */
    static List<String> classesIn(File taskRoot) {
        TreeSet<String> names = new TreeSet<>();
        collect(taskRoot, "", names);
        return List.copyOf(names);
    }

    private static void collect(File dir, String packagePrefix, TreeSet<String> names) {
        File[] entries = dir.listFiles();
        if (entries == null) {
            return;
        }
        for (File entry : entries) {
            String name = entry.getName();
            if (entry.isDirectory()) {
                if (!(packagePrefix.isEmpty() && (name.equals("lib") || name.equals("META-INF")))) {
                    collect(entry, packagePrefix + name + '.', names);
                }
            } else if (name.endsWith(".class") && name.indexOf('$') < 0
                    && !name.equals("module-info.class") && !name.equals("package-info.class")) {
                names.add(packagePrefix + name.substring(0, name.length() - ".class".length()));
            }
        }
    }

    private static URL url(File file) {
        try {
            return file.getAbsoluteFile().toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Expected a usable file path in the task root, found " + file, e);
        }
    }
}
