package dojo.course.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;

/** Turns JShell's events for one snippet into a {@link SnippetResult} a learner can read. */
final class SnippetResults {
    private SnippetResults() {
    }

    static SnippetResult of(JShell shell, String source, int line, List<SnippetEvent> events, String stdout, String stderr,
            BiFunction<String, Integer, String> frameLocation) {
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (main == null) {
            return new SnippetResult(source, line, SnippetStatus.OK, null, stdout, stderr, List.of());
        }
        Snippet snippet = main.snippet();
        if (main.status() == Snippet.Status.REJECTED) {
            List<String> problems = shell.diagnostics(snippet)
                    .map(d -> diagnostic(snippet.source(), line, d))
                    .collect(Collectors.toList());
            return new SnippetResult(source, line, SnippetStatus.COMPILE_ERROR, null, stdout, stderr, problems);
        }
        JShellException exception = main.exception();
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return new SnippetResult(source, line, SnippetStatus.UNRESOLVED, null, stdout, stderr,
                    List.of(unresolved(shell, unresolved.getSnippet())));
        }
        if (exception != null) {
            return new SnippetResult(source, line, SnippetStatus.EXCEPTION, null, stdout, stderr,
                    exceptionLines(exception, frameLocation));
        }
        if (main.status() == Snippet.Status.RECOVERABLE_DEFINED || main.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            return new SnippetResult(source, line, SnippetStatus.UNRESOLVED, null, stdout, stderr,
                    List.of(unresolved(shell, (DeclarationSnippet) snippet)));
        }
        String value = isExpression(snippet) ? main.value() : null;
        return new SnippetResult(source, line, SnippetStatus.OK, value, stdout, stderr, List.of());
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private static String diagnostic(String snippetSource, int firstLine, Diag d) {
        long position = Math.max(0, Math.min(d.getStartPosition(), snippetSource.length()));
        int lineInSnippet = (int) snippetSource.substring(0, (int) position).chars().filter(c -> c == '\n').count();
        return "line " + (firstLine + lineInSnippet) + ": " + d.getMessage(Locale.ENGLISH);
    }

    private static String unresolved(JShell shell, DeclarationSnippet snippet) {
        List<String> missing = shell.unresolvedDependencies(snippet).collect(Collectors.toList());
        return "defined, but it cannot be used until " + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are") + " declared (run the cell that declares it first)";
    }

    private static List<String> exceptionLines(JShellException exception, BiFunction<String, Integer, String> location) {
        List<String> lines = new ArrayList<>();
        Throwable current = exception;
        String prefix = "";
        while (current != null) {
            String name = current instanceof EvalException eval ? eval.getExceptionClassName() : current.getClass().getName();
            lines.add(prefix + name + (current.getMessage() == null ? "" : ": " + current.getMessage()));
            for (StackTraceElement frame : current.getStackTrace()) {
                if (isLearnerFrame(frame)) {
                    lines.add("    at " + frame.getMethodName() + " ("
                            + location.apply(fileToId(frame.getFileName()), frame.getLineNumber()) + ")");
                } else if (!isPlatformFrame(frame)) {
                    lines.add("    at " + frame);
                }
            }
            current = current.getCause();
            prefix = "Caused by: ";
        }
        return lines;
    }

    private static boolean isLearnerFrame(StackTraceElement frame) {
        return frame.getClassName().startsWith("REPL.") && frame.getFileName() != null && frame.getFileName().startsWith("#");
    }

    private static String fileToId(String fileName) {
        return fileName.substring(1);
    }

    /** Frames of JShell's machinery and reflection say nothing about the learner's code. */
    private static boolean isPlatformFrame(StackTraceElement frame) {
        String c = frame.getClassName();
        return c.startsWith("jdk.jshell.") || c.startsWith("jdk.internal.") || c.startsWith("dojo.course.")
                || c.startsWith("java.lang.reflect.") || c.startsWith("REPL.") || c.equals("java.lang.Thread");
    }
}
