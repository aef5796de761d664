package dojo.grader.api;

/** Shortening of learner-produced text (responses, logs) for messages and evidence. */
public final class Text {
    private Text() {}

    /** At most {@code max} characters, the cut marked with how much was left out. */
    public static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
    }

    /** The last {@code max} characters, starting at a line break where possible. */
    public static String tail(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        String tail = text.substring(text.length() - max);
        int newline = tail.indexOf('\n');
        return "… (" + (text.length() - max) + " earlier characters)\n" + (newline >= 0 ? tail.substring(newline + 1) : tail);
    }
}
