package dojo.course.lab;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a learner's sources in memory with javax.tools against aws-lambda-java-core and
 * aws-lambda-java-events (found where this server loaded them from), for Java 17. Thread-safe.
 */
final class LabCompiler {
    private final JavaCompiler compiler;
    private final String classPath;

    /** The class files by path (e.g. {@code greeter/Greeter.class}), or the problems that stopped compiling. */
    record Output(Map<String, byte[]> classes, List<CompileProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    LabCompiler() {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("Expected a full JDK with javax.tools (the java.compiler module), found a runtime"
                    + " without a compiler; run the course server on a JDK");
        }
        classPath = String.join(java.io.File.pathSeparator, jarOf(Context.class), jarOf(APIGatewayProxyRequestEvent.class));
    }

    Output compile(Map<String, String> sources) {
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> units.add(new Source(path, text)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
        JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                classes.put(className.replace('.', '/') + ".class", bytes);
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return bytes;
                    }
                };
            }
        };
        List<String> options = List.of("--release", "17", "-classpath", classPath, "-proc:none", "-Xlint:none", "-g");
        boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
        List<CompileProblem> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() instanceof Source s ? s.path : "(compiler)";
                problems.add(new CompileProblem(file, Math.max(d.getLineNumber(), 0), Math.max(d.getColumnNumber(), 0),
                        d.getMessage(Locale.ROOT)));
            }
        }
        if (!ok && problems.isEmpty()) {
            problems.add(new CompileProblem("(compiler)", 0, 0, "the compiler failed without saying why"));
        }
        Map<String, byte[]> out = new TreeMap<>();
        if (problems.isEmpty()) {
            classes.forEach((name, bytes) -> out.put(name, bytes.toByteArray()));
        }
        return new Output(out, problems);
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the jar of " + type.getName(), e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String path;
        private final String text;

        Source(String path, String text) {
            super(URI.create("mem:///" + path), JavaFileObject.Kind.SOURCE);
            this.path = path;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
