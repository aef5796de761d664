package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
    @Test
    void parsesNestedObjectsArraysAndScalars() {
        Object value = JsonReader.parse(" {\"a\": [1, -2.5, true, null], \"b\": {\"c\": \"d\"}} ");

        assertThat(value).isEqualTo(Map.of("a", java.util.Arrays.asList(1L, -2.5, true, null), "b", Map.of("c", "d")));
    }

    @Test
    void decodesEveryStringEscape() {
        assertThat(JsonReader.parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\ud83d\\ude00\""))
                .isEqualTo("q\" b\\ s/ \b\f\n\r\t é😀");
    }

    @Test
    void keepsFieldOrder() {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) JsonReader.parse("{\"z\":1,\"a\":2,\"m\":3}");

        assertThat(List.copyOf(map.keySet())).containsExactly("z", "a", "m");
    }

    @Test
    void rejectsTrailingTextNamingWhereItIs() {
        assertThatThrownBy(() -> JsonReader.parse("\"done\" extra"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected end of input at offset 7 but found 'e'. Send valid JSON.");
    }

    @Test
    void rejectsBareWordsAndUnterminatedStrings() {
        assertThatThrownBy(() -> JsonReader.parse("hello"))
                .hasMessage("Expected a JSON value at offset 0 but found 'h'. Send valid JSON.");
        assertThatThrownBy(() -> JsonReader.parse("\"open"))
                .hasMessage("Expected more input at offset 5 but found the end of the input. Send valid JSON.");
        assertThatThrownBy(() -> JsonReader.parse("012")).isInstanceOf(IllegalArgumentException.class);
    }
}
