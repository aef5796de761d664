package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BucketNameTest {
    @Test
    void validNamesPass() {
        for (String name : new String[] {"abc", "my-photos-2024", "a.b.c", "0bucket9", "x".repeat(63)}) {
            assertThatCode(() -> BucketName.check(name)).doesNotThrowAnyException();
        }
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertThatThrownBy(() -> BucketName.check("x".repeat(64))).hasMessageContaining("64 characters long");
        assertThatThrownBy(() -> BucketName.check("-abc")).hasMessageContaining("begin and end with a letter or digit");
        assertThatThrownBy(() -> BucketName.check("a..b")).hasMessageContaining("two adjacent dots");
        assertThatThrownBy(() -> BucketName.check("my_bucket")).hasMessageContaining("characters other than");
        assertThatThrownBy(() -> BucketName.check("10.0.0.1")).hasMessageContaining("IP address");
        assertThatThrownBy(() -> BucketName.check("sthree-x")).hasMessageContaining("prefix 'sthree-' is reserved");
        assertThatThrownBy(() -> BucketName.check("data--x-s3")).hasMessageContaining("suffix '--x-s3' is reserved");
    }
}
