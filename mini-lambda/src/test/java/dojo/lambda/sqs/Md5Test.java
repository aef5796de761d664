package dojo.lambda.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class Md5Test {
    @Test
    void bodyChecksumIsTheMd5OfItsUtf8Bytes() {
        assertThat(Md5.ofBody("test")).isEqualTo("098f6bcd4621d373cade4e832627b4f6");
    }

    @Test
    void attributeChecksumDoesNotDependOnTheOrderAttributesWereGiven() {
        MessageAttribute a = new MessageAttribute("String", "x", null, null, null);
        MessageAttribute b = new MessageAttribute("Binary", null, new byte[] {1, 2}, null, null);
        var one = new java.util.LinkedHashMap<String, MessageAttribute>();
        one.put("a", a);
        one.put("b", b);
        var two = new java.util.LinkedHashMap<String, MessageAttribute>();
        two.put("b", b);
        two.put("a", a);
        assertThat(Md5.ofAttributes(one)).isEqualTo(Md5.ofAttributes(two)).hasSize(32);
        assertThat(Md5.ofAttributes(Map.of())).isNull();
    }
}
