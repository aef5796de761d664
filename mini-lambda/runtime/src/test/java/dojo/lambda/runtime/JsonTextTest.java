package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"plain", "quote \" and \\ backslash", "lines\nand\ttabs\r", "\b\f\u0001\u001f\u007f",
            "ünïcødé 😀", "slash / stays", ""})
    void quotesStringsExactlyAsJacksonDoes(String text) {
        PojoSerializer<String> jackson = JacksonFactory.getInstance().getSerializer(String.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jackson.toJson(text, out);

        assertThat(JsonText.quote(text)).isEqualTo(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void describesPayloadsByKindAndFirstCharacters() {
        assertThat(JsonText.describe("[1,2,3]")).isEqualTo("a JSON array: [1,2,3]");
        assertThat(JsonText.describe("  {\"a\":1}")).isEqualTo("a JSON object: {\"a\":1}");
        assertThat(JsonText.describe("hello")).isEqualTo("text that is not JSON: hello");
        assertThat(JsonText.describe("")).isEqualTo("an empty payload");
        assertThat(JsonText.describe("\"" + "x".repeat(100) + "\"")).isEqualTo("a JSON string: \"" + "x".repeat(79) + "...");
    }
}
