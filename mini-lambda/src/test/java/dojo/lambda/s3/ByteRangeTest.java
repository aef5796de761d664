package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void boundedOpenAndSuffixRangesSelectTheirBytes() {
        assertThat(ByteRange.of("bytes=0-9", 100)).isEqualTo(new ByteRange(0, 9));
        assertThat(ByteRange.of("bytes=90-", 100)).isEqualTo(new ByteRange(90, 99));
        assertThat(ByteRange.of("bytes=-10", 100)).isEqualTo(new ByteRange(90, 99));
        assertThat(ByteRange.of("bytes=-500", 100)).isEqualTo(new ByteRange(0, 99));
        assertThat(ByteRange.of("bytes=50-5000", 100)).isEqualTo(new ByteRange(50, 99));
        assertThat(new ByteRange(2, 5).contentRange(10)).isEqualTo("bytes 2-5/10");
    }

    @Test
    void malformedOrMultipleRangesMeanTheWholeObject() {
        assertThat(ByteRange.of(null, 10)).isNull();
        assertThat(ByteRange.of("bytes=5-2", 10)).isNull();
        assertThat(ByteRange.of("bytes=0-1,3-4", 10)).isNull();
        assertThat(ByteRange.of("items=0-1", 10)).isNull();
        assertThat(ByteRange.of("bytes=-", 10)).isNull();
    }

    @Test
    void aRangeStartingPastTheEndIsInvalidRangeWithTheObjectSize() {
        assertThatThrownBy(() -> ByteRange.of("bytes=10-20", 10)).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.InvalidRange);
            assertThat(e.code().status()).isEqualTo(416);
            assertThat(e.details()).containsEntry("ActualObjectSize", "10").containsEntry("RangeRequested", "bytes=10-20");
        });
        assertThatThrownBy(() -> ByteRange.of("bytes=0-", 0)).isInstanceOf(S3Exception.class);
        assertThatThrownBy(() -> ByteRange.of("bytes=-0", 10)).isInstanceOf(S3Exception.class);
    }
}
