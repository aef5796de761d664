package dojo.lambda.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests and signatures AWS published: cases of the Signature Version 4 test suite (credentials
 * AKIDEXAMPLE, 2015-08-30T12:36:00Z, us-east-1, service "service") and the S3 documentation's
 * GET-object and presigned-URL examples (AKIAIOSFODNN7EXAMPLE, 2013-05-24).
 */
class PublishedVectorsTest {
    static final String SCOPE = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";

    @TempDir
    Path data;
    AccountStore store;

    @BeforeEach
    void addExampleAccounts() {
        store = AccountStore.open(data, false);
        store.add(new Account("123456789012", "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        store.add(new Account("210987654321", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    }

    static List<Arguments> suite() {
        return List.of(
                vector("get-vanilla", "GET", "/", "", Map.of(), "",
                        "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                vector("get-unreserved", "GET", "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        "", Map.of(), "", "host;x-amz-date",
                        "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"),
                vector("get-slashes", "GET", "//example//", "", Map.of(), "", "host;x-amz-date",
                        "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84"),
                vector("get-vanilla-query-order-key-case", "GET", "/", "Param2=value2&Param1=value1", Map.of(), "",
                        "host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
                vector("get-vanilla-query-order-value", "GET", "/", "Param1=value2&Param1=value1", Map.of(), "",
                        "host;x-amz-date", "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694"),
                vector("get-vanilla-utf8-query", "GET", "/", "\u1234=bar", Map.of(), "", "host;x-amz-date",
                        "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"),
                vector("get-header-value-order", "GET", "/", "",
                        Map.of("My-Header1", List.of("value4", "value1", "value3", "value2")), "",
                        "host;my-header1;x-amz-date", "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01"),
                vector("get-header-key-duplicate", "GET", "/", "",
                        Map.of("My-Header1", List.of("value2", "value2", "value1")), "",
                        "host;my-header1;x-amz-date", "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"),
                vector("get-header-value-trim", "GET", "/", "",
                        Map.of("My-Header1", List.of(" value1"), "My-Header2", List.of("\"a   b   c\"")), "",
                        "host;my-header1;my-header2;x-amz-date",
                        "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
                vector("post-x-www-form-urlencoded", "POST", "/", "",
                        Map.of("Content-Type", List.of("application/x-www-form-urlencoded")), "Param1=value1",
                        "content-type;host;x-amz-date",
                        "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"));
    }

    static Arguments vector(String name, String method, String path, String query, Map<String, List<String>> extra,
            String body, String signedHeaders, String signature) {
        Map<String, List<String>> headers = new LinkedHashMap<>(extra);
        headers.put("Host", List.of("example.amazonaws.com"));
        headers.put("X-Amz-Date", List.of("20150830T123600Z"));
        headers.put("Authorization", List.of(SCOPE + "SignedHeaders=" + signedHeaders + ", Signature=" + signature));
        return Arguments.of(name, new SignedRequest(method, path, query, headers, body.getBytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suite")
    void aSignatureVersion4TestSuiteRequestVerifies(String name, SignedRequest request) {
        SigV4Verifier verifier = new SigV4Verifier(store, InstantSource.fixed(Instant.parse("2015-08-30T12:36:00Z")));

        assertThat(verifier.verify(request).accessKeyId()).isEqualTo("AKIDEXAMPLE");
    }

    @Test
    void theOlderSuiteRequestSignedWithAnHttpDateHeaderVerifies() {
        SignedRequest request = new SignedRequest("GET", "/foo/..", null, Map.of(
                "Date", List.of("Mon, 09 Sep 2011 23:36:00 GMT"),
                "Host", List.of("host.foo.com"),
                "Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20110909/us-east-1/host/aws4_request,"
                        + " SignedHeaders=date;host,"
                        + " Signature=b27ccfbfa7df52a200ff74193ca6e32d4b48b8856fab7ebf1c595d0670a7e470")), null);
        SigV4Verifier verifier = new SigV4Verifier(store, InstantSource.fixed(Instant.parse("2011-09-09T23:40:00Z")));

        assertThat(verifier.verify(request).service()).isEqualTo("host");
    }

    @Test
    void theS3DocumentationGetObjectExampleVerifies() {
        SignedRequest request = new SignedRequest("GET", "/test.txt", null, Map.of(
                "Host", List.of("examplebucket.s3.amazonaws.com"),
                "Range", List.of("bytes=0-9"),
                "x-amz-content-sha256", List.of("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                "x-amz-date", List.of("20130524T000000Z"),
                "Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                        + "aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature="
                        + "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")), null);
        SigV4Verifier verifier = new SigV4Verifier(store, InstantSource.fixed(Instant.parse("2013-05-24T00:05:00Z")));

        assertThat(verifier.verify(request).account().accountId()).isEqualTo("210987654321");
    }

    @Test
    void theS3DocumentationPresignedUrlExampleVerifiesWithoutAPayloadHashHeader() {
        SignedRequest request = new SignedRequest("GET", "/test.txt", "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
                Map.of("Host", List.of("examplebucket.s3.amazonaws.com")), null);
        SigV4Verifier verifier = new SigV4Verifier(store, InstantSource.fixed(Instant.parse("2013-05-24T23:00:00Z")));

        Authenticated who = verifier.verify(request);

        assertThat(who.accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
        assertThat(who.payloadSigned()).isFalse();
    }
}
