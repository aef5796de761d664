package dojo.grader.run;

/**
 * Cuts one method, with its annotations, out of a check's source file, so a failure can show
 * the learner the check's code (Exercism's {@code test_code}).
 */
final class CheckSource {
    private CheckSource() {}

    /** The method's text, dedented, or "" when it cannot be found. */
    static String method(String source, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bvoid\\s+" + java.util.regex.Pattern.quote(name)
                + "\\s*\\(").matcher(source);
        if (!m.find()) {
            return "";
        }
        int start = annotationsStart(source, source.lastIndexOf('\n', m.start()) + 1);
        int open = source.indexOf('{', m.end());
        int end = open < 0 ? -1 : closingBrace(source, open);
        return end < 0 ? "" : dedent(source.substring(start, end + 1));
    }

    /** Walks back over the lines above the method that belong to it (its annotations), up to the previous member. */
    private static int annotationsStart(String source, int lineStart) {
        int start = lineStart;
        while (start > 0) {
            int previous = source.lastIndexOf('\n', start - 2) + 1;
            String line = source.substring(previous, start - 1).strip();
            if (line.isEmpty() || line.endsWith(";") || line.endsWith("}") || line.endsWith("{") || line.endsWith("*/")
                    || line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                break;
            }
            start = previous;
        }
        return start;
    }

    private static int closingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(s, i, c);
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                i = Math.max(i, s.indexOf('\n', i));
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                i = s.indexOf("*/", i + 2) + 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
            if (i <= 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int skipLiteral(String s, int i, char quote) {
        if (quote == '"' && s.startsWith("\"\"\"", i)) {
            int end = s.indexOf("\"\"\"", i + 3);
            return end < 0 ? s.length() : end + 2;
        }
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) == '\\') {
                j++;
            } else if (s.charAt(j) == quote) {
                return j;
            }
        }
        return s.length();
    }

    private static String dedent(String text) {
        int margin = text.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return text.lines().map(l -> l.length() >= margin ? l.substring(margin) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
