package dojo.lambda.account;

import static dojo.lambda.account.Rejected.assertRejected;
import static dojo.lambda.account.SdkSigner.request;
import static dojo.lambda.api.ErrorType.IncompleteSignatureException;
import static dojo.lambda.api.ErrorType.InvalidSignatureException;
import static dojo.lambda.api.ErrorType.MissingAuthenticationTokenException;
import static dojo.lambda.api.ErrorType.UnrecognizedClientException;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpMethod;

class SigV4RejectionTest {
    static final String MISMATCH = "The request signature we calculated does not match the signature you provided."
            + " Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    @TempDir
    Path data;
    Account account;
    SigV4Verifier verifier;
    SignedRequest signed;

    @BeforeEach
    void signOneInvoke() {
        AccountStore store = AccountStore.open(data, false);
        account = store.create();
        verifier = new SigV4Verifier(store, InstantSource.fixed(SdkSigner.NOW));
        signed = SdkSigner.of(account).sign(request(SdkHttpMethod.POST, "/2015-03-31/functions/my-fn/invocations")
                .putRawQueryParameter("Qualifier", "1").putHeader("X-Amz-Invocation-Type", "Event"), "{\"a\":1}");
    }

    @Test
    void aRequestWithoutAnySignatureIsMissingAuthenticationToken() {
        SignedRequest bare = new SignedRequest("GET", "/2015-03-31/functions", "Marker=x", Map.of(), null);

        assertRejected(() -> verifier.verify(bare), MissingAuthenticationTokenException, "Missing Authentication Token");
    }

    @Test
    void anUnknownAccessKeyIsAnUnrecognizedClient() {
        Account stranger = new Account("111122223333", "AKIAUNKNOWNUNKNOWN00", "secretsecretsecretsecretsecretsecretsecr");
        SignedRequest foreign = SdkSigner.of(stranger).sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");

        assertRejected(() -> verifier.verify(foreign), UnrecognizedClientException,
                "The security token included in the request is invalid.");
    }

    @Test
    void aWrongSecretFailsTheSignature() {
        Account sameKeyOtherSecret = new Account(account.accountId(), account.accessKeyId(), "x" + account.secretAccessKey());
        SignedRequest forged = SdkSigner.of(sameKeyOtherSecret).sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");

        assertRejected(() -> verifier.verify(forged), InvalidSignatureException, MISMATCH);
    }

    @Test
    void changingMethodPathQueryHeaderOrBodyFailsTheSignature() {
        assertRejected(() -> verifier.verify(Requests.withMethod(signed, "PUT")), InvalidSignatureException, MISMATCH);
        assertRejected(() -> verifier.verify(Requests.withPath(signed, "/2015-03-31/functions/other-fn/invocations")),
                InvalidSignatureException, MISMATCH);
        assertRejected(() -> verifier.verify(Requests.withQuery(signed, "Qualifier=2")), InvalidSignatureException,
                MISMATCH);
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "X-Amz-Invocation-Type", "RequestResponse")),
                InvalidSignatureException, MISMATCH);
        assertRejected(() -> verifier.verify(Requests.withBody(signed, "{\"a\":2}")), InvalidSignatureException,
                MISMATCH);
    }

    @Test
    void aSignatureOlderThanFifteenMinutesHasExpired() {
        SignedRequest old = SdkSigner.of(account).signedAt(SdkSigner.NOW.minusSeconds(16 * 60))
                .sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");

        assertRejected(() -> verifier.verify(old), InvalidSignatureException,
                "Signature expired: 20240501T094400Z is now earlier than 20240501T094500Z (20240501T100000Z - 15 min.)");
    }

    @Test
    void aSignatureMoreThanFifteenMinutesAheadIsNotYetCurrent() {
        SignedRequest early = SdkSigner.of(account).signedAt(SdkSigner.NOW.plusSeconds(20 * 60))
                .sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");

        assertRejected(() -> verifier.verify(early), InvalidSignatureException,
                "Signature not yet current: 20240501T102000Z is still later than 20240501T101500Z"
                        + " (20240501T100000Z + 15 min.)");
    }

    @Test
    void anAuthorizationHeaderWithoutItsPartsIsIncomplete() {
        SignedRequest partial = Requests.withHeader(Requests.withHeader(signed, "X-Amz-Date", null),
                "Authorization", "AWS4-HMAC-SHA256 Credential=" + account.accessKeyId() + "/20240501/us-east-1/lambda/aws4_request");

        assertRejected(() -> verifier.verify(partial), IncompleteSignatureException,
                "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders'"
                        + " parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date'"
                        + " header. Authorization=AWS4-HMAC-SHA256");
    }

    @Test
    void aForeignAuthorizationSchemeIsIncompleteWithoutEchoingItsToken() {
        SignedRequest bearer = Requests.withHeader(signed, "Authorization", "Bearer s3cr3t-token");

        assertRejected(() -> verifier.verify(bearer), IncompleteSignatureException,
                "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature'"
                        + " parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=Bearer");
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "Authorization", "s3cr3t-token")),
                IncompleteSignatureException, "Authorization header requires 'Credential' parameter. Authorization"
                        + " header requires 'Signature' parameter. Authorization header requires 'SignedHeaders'"
                        + " parameter.");
    }

    @Test
    void malformedCredentialPairAndAlgorithmAreIncomplete() {
        String good = signed.header("Authorization").orElseThrow();
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "Authorization",
                        good.replace("/aws4_request", ""))), IncompleteSignatureException,
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"
                        + account.accessKeyId() + "/20240501/us-east-1/lambda'");
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "Authorization", good + ", Oops")),
                IncompleteSignatureException, "Invalid key=value pair (missing equal-sign) in Authorization header:"
                        + " 'Oops'. Expected AWS4-HMAC-SHA256 Credential=<access key id>/<date>/<region>/<service>"
                        + "/aws4_request, SignedHeaders=<names>, Signature=<hex>.");
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "Authorization",
                        good.replace("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256"))), IncompleteSignatureException,
                "Unsupported AWS 'algorithm': 'AWS4-ECDSA-P256-SHA256'. Sign with AWS4-HMAC-SHA256"
                        + " (Signature Version 4); other algorithms are not supported.");
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "X-Amz-Date", "2024-05-01T10:00:00Z")),
                IncompleteSignatureException, "Date must be in ISO-8601 'basic format'. Got '2024-05-01T10:00:00Z'."
                        + " See http://en.wikipedia.org/wiki/ISO_8601");
    }

    @Test
    void aScopeThatDoesNotFitTheRequestIsAnInvalidSignature() {
        String good = signed.header("Authorization").orElseThrow();
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "Authorization",
                        good.replace("/aws4_request", "/aws5_request"))), InvalidSignatureException,
                "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'.");
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "Authorization",
                        good.replace("/20240501/", "/20240430/"))), InvalidSignatureException,
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP:"
                        + " '20240430' != '20240501', from '20240501T100000Z'.");
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "Authorization",
                        good.replace("SignedHeaders=host;", "SignedHeaders="))),
                InvalidSignatureException, "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
}
