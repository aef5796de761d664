package dojo.lambda.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser for the runtime's own needs (header values, scalar events), so that
 * Jackson is loaded only for handlers whose types need it. Objects become {@link LinkedHashMap},
 * arrays {@link ArrayList}, integers {@link Long} (or {@link Double} past long range), other
 * numbers {@link Double}.
 */
final class JsonReader {
    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Parses one complete JSON value; throws IllegalArgumentException naming the position on bad input. */
    static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw reader.error("end of input");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("a JSON value");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        do {
            skipSpace();
            if (peek() != '"') {
                throw error("a field name in double quotes");
            }
            String key = string();
            skipSpace();
            if (peek() != ':') {
                throw error("':'");
            }
            pos++;
            map.put(key, value());
        } while (separator('}'));
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        do {
            list.add(value());
        } while (separator(']'));
        return list;
    }

    /** After a member: true on ',' (another follows), false on the closing character. */
    private boolean separator(char close) {
        skipSpace();
        char c = peek();
        if (c != ',' && c != close) {
            throw error("',' or '" + close + "'");
        }
        pos++;
        return c == ',';
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("an escaped control character");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hexChar());
                default -> {
                    pos--;
                    throw error("a valid escape sequence");
                }
            }
        }
    }

    private char hexChar() {
        String hex = pos + 4 <= text.length() ? text.substring(pos, pos + 4) : "";
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                hex = "";
            }
        }
        if (hex.isEmpty()) {
            throw error("four hex digits");
        }
        pos += 4;
        return (char) Integer.parseInt(hex, 16);
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int intStart = pos;
        if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) {
            pos = start;
            throw error("a JSON value");
        }
        digits();
        if (text.charAt(intStart) == '0' && pos - intStart > 1) {
            pos = intStart;
            throw error("a number without leading zeros");
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            pos++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            pos += text.startsWith("+", pos + 1) || text.startsWith("-", pos + 1) ? 2 : 1;
            digits();
        }
        String literal = text.substring(start, pos);
        return integral && pos - intStart <= 18 ? (Object) Long.parseLong(literal) : (Object) Double.parseDouble(literal);
    }

    private void digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw error("a digit");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("a JSON value");
        }
        pos += word.length();
        return value;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next() {
        if (pos >= text.length()) {
            pos++;
            throw error("more input");
        }
        return text.charAt(pos++);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private IllegalArgumentException error(String expected) {
        int at = Math.min(pos, text.length());
        String found = at >= text.length() ? "the end of the input" : "'" + text.charAt(at) + "'";
        return new IllegalArgumentException(
                "Expected " + expected + " at offset " + at + " but found " + found + ". Send valid JSON.");
    }
}
