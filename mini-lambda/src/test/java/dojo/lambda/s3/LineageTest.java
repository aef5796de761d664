package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineageTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:copier";

    @Test
    void aRequestWithoutATraceStartsAChain() {
        Lineage l = Lineage.of(null);
        assertThat(l.count()).isZero();
        assertThat(l.next(ARN)).matches("Root=1-[0-9a-f]+-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0;Lineage=1:[0-9a-f]{8}:1");
    }

    @Test
    void eachRoundThroughAnEventSourceCountsOneMoreAndKeepsTheRoot() {
        Lineage l = Lineage.of("Root=1-65f0a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=0;Lineage=1:a87bd80c:3");
        assertThat(l.count()).isEqualTo(3);
        assertThat(l.next(ARN)).startsWith("Root=1-65f0a1b2-0123456789abcdef01234567;").endsWith(":4");
        assertThat(Lineage.of(l.next(ARN)).count()).isEqualTo(4);
    }

    @Test
    void theOlderLineageFormatAndAnInvokersOwnTraceAreRead() {
        assertThat(Lineage.of("Root=1-a-b;Lineage=a87bd80c:7").count()).isEqualTo(7);
        assertThat(Lineage.of("Root=1-a-b;Parent=c;Sampled=0;Lineage=1:0f0f0f0f:0").count()).isZero();
        assertThat(Lineage.of("Root=1-a-b;Lineage=garbage").count()).isZero();
    }

    @Test
    void theChainIsExhaustedAtSixteen() {
        assertThat(Lineage.of("Lineage=1:x:15").exhausted()).isFalse();
        assertThat(Lineage.of("Lineage=1:x:16").exhausted()).isTrue();
    }
}
