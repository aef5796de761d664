package dojo.grader.run;

import dojo.grader.api.Check;
import dojo.grader.api.CheckKind;
import dojo.grader.compile.CompileError;
import dojo.grader.compile.Javac;
import dojo.grader.compile.SourceFile;
import dojo.grader.lab.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A lab's {@code checks/} compiled against the grader API and loaded, as the ordered list of
 * its {@link Check} methods. Compiled once per lab and shared by every grade of that lab.
 */
public final class LabChecks {
    private final List<PlannedCheck> checks;

    private LabChecks(List<PlannedCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Compiles into {@code out}; a lab whose checks do not compile or are ill-formed is a {@link BrokenLab}. */
    public static LabChecks compile(Lab lab, Path out) {
        List<SourceFile> sources = sources(lab.checksDir());
        List<CompileError> errors = Javac.compile(sources, CheckClassPath.entries(), out);
        if (!errors.isEmpty()) {
            throw new BrokenLab(lab, errors.stream().map(e -> "checks/" + e).collect(Collectors.joining("\n")));
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {url(out)}, LabChecks.class.getClassLoader());
        Map<String, String> texts = new HashMap<>();
        List<PlannedCheck> checks = new ArrayList<>();
        for (SourceFile source : sources) {
            String className = className(source.name());
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException e) {
                throw new BrokenLab(lab, "checks/" + source.name() + " should declare class " + className
                        + " (the file's path names its package and class)");
            }
            texts.put(className, read(source.path()));
            for (Method m : type.getDeclaredMethods()) {
                Check check = m.getAnnotation(Check.class);
                if (check != null) {
                    requireShape(lab, source, m);
                    checks.add(new PlannedCheck(m, check, CheckSource.method(texts.get(className), m.getName())));
                }
            }
        }
        checks.sort(Comparator.comparingInt((PlannedCheck c) -> c.check().order()));
        requireUnique(lab, checks);
        return new LabChecks(checks);
    }

    List<PlannedCheck> checks() {
        return checks;
    }

    /** The ids of the checks in order. */
    public List<String> ids() {
        return checks.stream().map(PlannedCheck::id).toList();
    }

    /** Each check's kind, by id, in order. */
    public Map<String, CheckKind> kinds() {
        Map<String, CheckKind> kinds = new LinkedHashMap<>();
        checks.forEach(c -> kinds.put(c.id(), c.check().kind()));
        return kinds;
    }

    private static void requireShape(Lab lab, SourceFile source, Method m) {
        Class<?>[] params = m.getParameterTypes();
        if (params.length != 1 || params[0] != dojo.grader.api.Submission.class || m.getReturnType() != void.class) {
            throw new BrokenLab(lab, "checks/" + source.name() + ": check " + m.getName() + " should be 'void "
                    + m.getName() + "(Submission submission)'");
        }
    }

    private static void requireUnique(Lab lab, List<PlannedCheck> checks) {
        if (checks.isEmpty()) {
            throw new BrokenLab(lab, "checks/ declares no @Check method; annotate each check with @Check");
        }
        for (int i = 1; i < checks.size(); i++) {
            if (checks.get(i).check().order() == checks.get(i - 1).check().order()) {
                throw new BrokenLab(lab, "checks " + checks.get(i - 1).id() + " and " + checks.get(i).id()
                        + " both have order " + checks.get(i).check().order() + "; give each check its own");
            }
        }
        long ids = checks.stream().map(PlannedCheck::id).distinct().count();
        if (ids != checks.size()) {
            throw new BrokenLab(lab, "two checks share a method name; the name is the check's id, make each unique");
        }
    }

    private static List<SourceFile> sources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted()
                    .map(f -> new SourceFile(dir.relativize(f).toString(), f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String className(String relativePath) {
        return relativePath.substring(0, relativePath.length() - ".java".length()).replace('/', '.');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path dir) {
        try {
            return dir.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
