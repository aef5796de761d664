package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTest {
    @Test
    void pathStyleTakesTheBucketFromTheFirstSegmentAndDecodesTheKey() {
        assertThat(Address.of("127.0.0.1:4566", "/photos/2024/a%20b%2Bc%25.jpg")).isEqualTo(new Address("photos", "2024/a b+c%.jpg"));
        assertThat(Address.of("127.0.0.1:4566", "/photos")).isEqualTo(new Address("photos", null));
        assertThat(Address.of("127.0.0.1:4566", "/photos/")).isEqualTo(new Address("photos", null));
        assertThat(Address.of("localhost:4566", "/")).isEqualTo(new Address(null, null));
    }

    @Test
    void plusInAPathIsAPlusNotASpace() {
        assertThat(Address.of("localhost", "/b/a+b").key()).isEqualTo("a+b");
    }

    @Test
    void virtualHostStyleTakesTheBucketFromTheHost() {
        assertThat(Address.of("photos.localhost:4566", "/2024/a.jpg")).isEqualTo(new Address("photos", "2024/a.jpg"));
        assertThat(Address.of("my.dotted.bucket.localhost", "/k")).isEqualTo(new Address("my.dotted.bucket", "k"));
        assertThat(Address.of("photos.s3.localhost:4566", "/")).isEqualTo(new Address("photos", null));
        assertThat(Address.of("photos.s3.us-east-1.amazonaws.com", "/k%2Fx")).isEqualTo(new Address("photos", "k/x"));
        assertThat(Address.of("photos.s3-us-west-2.amazonaws.com", "/k")).isEqualTo(new Address("photos", "k"));
    }

    @Test
    void addressesAndBareNamesArePathStyle() {
        assertThat(Address.bucketInHost("127.0.0.1:4566")).isNull();
        assertThat(Address.bucketInHost("[::1]:4566")).isNull();
        assertThat(Address.bucketInHost("localhost:4566")).isNull();
        assertThat(Address.bucketInHost("s3.amazonaws.com")).isNull();
        assertThat(Address.bucketInHost(null)).isNull();
    }
}
