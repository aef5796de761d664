package dojo.grader.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The JDK's compiler run in-process on files: Java 17, no annotation processing, the given class
 * path. Errors come back as values, one per compiler error, named as the caller knows the files.
 * Thread-safe (each call is its own compilation task).
 */
public final class Javac {
    private static final int MAX_ERRORS = 50;

    private Javac() {}

    /** Compiles {@code sources} into {@code out}; an empty list means success. */
    public static List<CompileError> compile(List<SourceFile> sources, List<Path> classPath, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("Expected a JDK with the Java compiler (javax.tools), found a JRE; run the "
                    + "grader with a full JDK 17 or later");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<Path, String> names = sources.stream()
                .collect(Collectors.toMap(s -> s.path().toAbsolutePath().normalize(), SourceFile::name, (a, b) -> a));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
                    "-nowarn", "-Xmaxerrs", Integer.toString(MAX_ERRORS), "-d", out.toString()));
            options.add("-classpath");
            options.add(classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(
                    sources.stream().map(SourceFile::path).toList());
            StringWriter noise = new StringWriter();
            boolean ok = javac.getTask(noise, files, diagnostics, options, null, units).call();
            List<CompileError> errors = errors(diagnostics, names::get);
            if (!ok && errors.isEmpty()) {
                errors = List.of(new CompileError("", 0, 0, noise.toString().strip()));
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the compiler's file manager", e);
        }
    }

    private static List<CompileError> errors(DiagnosticCollector<JavaFileObject> diagnostics, Function<Path, String> names) {
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = "";
            if (d.getSource() != null) {
                Path path = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
                String known = names.apply(path);
                file = known != null ? known : path.getFileName().toString();
            }
            errors.add(new CompileError(file, Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()),
                    d.getMessage(Locale.ROOT)));
        }
        return errors;
    }
}
