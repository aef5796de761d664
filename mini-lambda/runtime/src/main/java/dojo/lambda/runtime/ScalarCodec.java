package dojo.lambda.runtime;

import java.lang.reflect.Type;

/**
 * Strings, booleans and whole numbers without loading Jackson. Anything that is not the plain
 * case (a string where a number is expected, a fraction, an object) goes to the Jackson codec, so
 * coercions and error messages are exactly those of AWS's runtime.
 */
final class ScalarCodec implements PayloadCodec {
    private final Class<?> type;
    private final ClassLoader loader;
    private PayloadCodec jackson;

    ScalarCodec(Class<?> type, ClassLoader loader) {
        this.type = type;
        this.loader = loader;
    }

    static boolean handles(Class<?> type) {
        return type == String.class || type == Boolean.class || type == boolean.class
                || type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class;
    }

    @Override
    public Type type() {
        return type;
    }

    @Override
    public Object decode(Payload event) {
        Object json;
        try {
            json = JsonReader.parse(event.text());
        } catch (IllegalArgumentException notJson) {
            return jackson().decode(event);
        }
        Object value = convert(json);
        return value != null || (json == null && !type.isPrimitive()) ? value : jackson().decode(event);
    }

    private Object convert(Object json) {
        if (json instanceof String text) {
            return type == String.class ? text : null;
        }
        if (json instanceof Boolean flag) {
            return type == Boolean.class || type == boolean.class ? flag : null;
        }
        if (json instanceof Long number) {
            long n = number;
            if (type == Long.class || type == long.class) {
                return number;
            }
            if ((type == Integer.class || type == int.class) && n == (int) n) {
                return (int) n;
            }
            if ((type == Short.class || type == short.class) && n == (short) n) {
                return (short) n;
            }
            if ((type == Byte.class || type == byte.class) && n == (byte) n) {
                return (byte) n;
            }
        }
        return null;
    }

    @Override
    public Payload encode(Object value) {
        if (value == null) {
            return Payload.JSON_NULL;
        }
        if (value instanceof String text) {
            return Payload.utf8(JsonText.quote(text));
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            return Payload.utf8(value.toString());
        }
        return jackson().encode(value);
    }

    private PayloadCodec jackson() {
        if (jackson == null) {
            jackson = JacksonCodecs.forType(type, loader);
        }
        return jackson;
    }
}
