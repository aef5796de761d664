package dojo.lambda.runtime;

/** Writes JSON string literals escaped exactly as Jackson escapes them, so both paths agree byte for byte. */
final class JsonText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonText() {}

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendQuoted(out, text);
        return out.toString();
    }

    static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        // Jackson's UTF-8 writer escapes surrogate halves rather than combining them
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A short description of what a payload holds, for messages: kind and the first characters. */
    static String describe(String json) {
        String trimmed = json.strip();
        String excerpt = trimmed.length() > 80 ? trimmed.substring(0, 80) + "..." : trimmed;
        if (trimmed.isEmpty()) {
            return "an empty payload";
        }
        String kind = switch (trimmed.charAt(0)) {
            case '{' -> "a JSON object";
            case '[' -> "a JSON array";
            case '"' -> "a JSON string";
            case 't', 'f' -> "a JSON boolean";
            case 'n' -> "JSON null";
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> "a JSON number";
            default -> "text that is not JSON";
        };
        return kind + ": " + excerpt;
    }
}
