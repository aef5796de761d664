package dojo.lambda.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalRequestTest {
    @Test
    void otherServicesNormalizeThePathThenEncodeItAgain() {
        assertThat(CanonicalRequest.uri("/functions/arn%3Aaws%3Alambda/invocations", PathEncoding.DOUBLE))
                .isEqualTo("/functions/arn%253Aaws%253Alambda/invocations");
        assertThat(CanonicalRequest.uri("//a/./b/../c//", PathEncoding.DOUBLE)).isEqualTo("/a/c/");
        assertThat(CanonicalRequest.uri("/a/b/.", PathEncoding.DOUBLE)).isEqualTo("/a/b");
        assertThat(CanonicalRequest.uri("/a%2Fb", PathEncoding.DOUBLE)).isEqualTo("/a%252Fb");
        assertThat(CanonicalRequest.uri("", PathEncoding.DOUBLE)).isEqualTo("/");
    }

    @Test
    void s3SignsThePathExactlyAsSent() {
        assertThat(CanonicalRequest.uri("/bucket/a%20b/../c", PathEncoding.SINGLE)).isEqualTo("/bucket/a%20b/../c");
        assertThat(CanonicalRequest.uri("", PathEncoding.SINGLE)).isEqualTo("/");
    }

    @Test
    void pathEncodingFollowsTheSigningService() {
        assertThat(PathEncoding.forService("s3")).isEqualTo(PathEncoding.SINGLE);
        assertThat(PathEncoding.forService("s3-object-lambda")).isEqualTo(PathEncoding.SINGLE);
        assertThat(PathEncoding.forService("lambda")).isEqualTo(PathEncoding.DOUBLE);
        assertThat(PathEncoding.forService("sqs")).isEqualTo(PathEncoding.DOUBLE);
    }

    @Test
    void queryIsReencodedAndSortedByNameThenValue() {
        assertThat(CanonicalRequest.query("b=2&a=10&a=9&c", false)).isEqualTo("a=10&a=9&b=2&c=");
        assertThat(CanonicalRequest.query("q=a+b&r=a%20b&s=%7e%2a&t=1=2", false))
                .isEqualTo("q=a%2Bb&r=a%20b&s=~%2A&t=1%3D2");
        assertThat(CanonicalRequest.query("x=a.b&x=a%2Fb&=skipped&&", false)).isEqualTo("x=a%2Fb&x=a.b");
        assertThat(CanonicalRequest.query("%E1%88%B4=bar", false)).isEqualTo("%E1%88%B4=bar");
        assertThat(CanonicalRequest.query("", false)).isEmpty();
    }

    @Test
    void aPresignedUrlLeavesItsOwnSignatureOutOfTheQuery() {
        assertThat(CanonicalRequest.query("X-Amz-Signature=abc&X-Amz-Date=1", true)).isEqualTo("X-Amz-Date=1");
        assertThat(CanonicalRequest.query("X-Amz-Signature=abc&X-Amz-Date=1", false))
                .isEqualTo("X-Amz-Date=1&X-Amz-Signature=abc");
    }

    @Test
    void headerLinesTrimFoldAndJoinValuesCaseInsensitively() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("HOST", List.of("example.com"));
        headers.put("My-Header", List.of("  a \t  b  ", "c"));
        headers.put("my-header", List.of("d"));
        SignedRequest request = new SignedRequest("GET", "/", null, headers, null);

        assertThat(CanonicalRequest.headers(request, List.of("host", "my-header", "absent")))
                .isEqualTo("host:example.com\nmy-header:a b,c,d\nabsent:\n");
    }

    @Test
    void malformedEscapesStayLiteralAndAreEncoded() {
        assertThat(PercentEncoding.canonical("100%")).isEqualTo("100%25");
        assertThat(PercentEncoding.canonical("%zz%4")).isEqualTo("%25zz%254");
        assertThat(PercentEncoding.canonical("\uD83D\uDE00")).isEqualTo("%F0%9F%98%80");
    }
}
