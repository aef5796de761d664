package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalarCodecTest {
    private final ClassLoader loader = getClass().getClassLoader();

    private Object decode(Class<?> type, String json) {
        return new ScalarCodec(type, loader).decode(Payload.utf8(json));
    }

    @Test
    void decodesAJsonStringToItsText() {
        assertThat(decode(String.class, "\"Ada \\\"the first\\\"\"")).isEqualTo("Ada \"the first\"");
    }

    @Test
    void decodesWholeNumbersAndBooleans() {
        assertThat(decode(int.class, "42")).isEqualTo(42);
        assertThat(decode(Long.class, "-7")).isEqualTo(-7L);
        assertThat(decode(boolean.class, "true")).isEqualTo(true);
        assertThat(decode(Integer.class, "null")).isNull();
    }

    @Test
    void leavesCoercionsToJacksonAsAwsDoes() {
        assertThat(decode(int.class, "\"42\"")).isEqualTo(42);
        assertThat(decode(String.class, "42")).isEqualTo("42");
        assertThat(decode(int.class, "null")).isEqualTo(0);
    }

    @Test
    void reportsAnObjectWhereAStringWasExpected() {
        try {
            decode(String.class, "{\"name\":\"Ada\"}");
            throw new AssertionError("expected a FunctionError");
        } catch (FunctionError e) {
            assertThat(e.report().errorType()).isEqualTo("java.lang.RuntimeException");
            assertThat(e.getMessage()).startsWith("An error occurred during JSON parsing: expected java.lang.String, "
                    + "found a JSON object: {\"name\":\"Ada\"} (Cannot deserialize value of type `java.lang.String` from Object value")
                    .endsWith("). Send an event that matches java.lang.String or change the handler's input type.");
        }
    }

    @Test
    void encodesScalarsWithoutJackson() {
        ScalarCodec codec = new ScalarCodec(Object.class, loader);

        assertThat(codec.encode("a\"b").text()).isEqualTo("\"a\\\"b\"");
        assertThat(codec.encode(12).text()).isEqualTo("12");
        assertThat(codec.encode(null).text()).isEqualTo("null");
        assertThat(codec.encode(false).text()).isEqualTo("false");
    }
}
