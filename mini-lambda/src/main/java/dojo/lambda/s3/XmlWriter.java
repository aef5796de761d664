package dojo.lambda.s3;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes S3's response documents: elements in S3's namespace, text escaped for XML 1.0 as S3
 * escapes it ({@code "} too, so an ETag reads {@code &quot;..&quot;}).
 */
final class XmlWriter {
    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    private final StringBuilder out = new StringBuilder(256).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    /** A document whose root element carries S3's namespace. */
    static XmlWriter document(String root) {
        XmlWriter w = new XmlWriter();
        w.out.append('<').append(root).append(" xmlns=\"").append(NAMESPACE).append("\">");
        w.open.push(root);
        return w;
    }

    /** A document whose root element has no namespace, as S3's error documents. */
    static XmlWriter plain(String root) {
        XmlWriter w = new XmlWriter();
        w.out.append('<').append(root).append('>');
        w.open.push(root);
        return w;
    }

    XmlWriter start(String name) {
        out.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    XmlWriter end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** {@code <name>value</name>}, or nothing when {@code value} is null. */
    XmlWriter element(String name, Object value) {
        if (value != null) {
            out.append('<').append(name).append('>');
            escape(String.valueOf(value));
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** Text inside the element opened last. */
    XmlWriter text(String value) {
        escape(value);
        return this;
    }

    String finish() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // control characters cannot appear in XML 1.0 text; S3 writes them as references too
                    if (c < 0x20 && c != '\t' && c != '\n') {
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
