package dojo.lambda.account;

import static dojo.lambda.account.SdkSigner.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpMethod;

class SigV4VerifierTest {
    @TempDir
    Path data;
    AccountStore store;
    Account account;
    SigV4Verifier verifier;

    @BeforeEach
    void openStore() {
        store = AccountStore.open(data, false);
        account = store.create();
        verifier = new SigV4Verifier(store, InstantSource.fixed(SdkSigner.NOW));
    }

    @Test
    void lambdaInvokeSignedByTheSdkAuthenticatesAsItsAccount() {
        SignedRequest signed = SdkSigner.of(account).sign(
                request(SdkHttpMethod.POST, "/2015-03-31/functions/my-fn/invocations")
                        .putHeader("Content-Type", "application/json"), "{\"hello\":\"world\"}");

        assertThat(verifier.verify(signed)).isEqualTo(
                new Authenticated(account, account.accessKeyId(), false, "lambda", "us-east-1", true));
    }

    @Test
    void encodedPathAndQueryVerifyWithDoubleEncoding() {
        SignedRequest signed = SdkSigner.of(account).sign(request(SdkHttpMethod.POST,
                        "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Af/invocations")
                        .putRawQueryParameter("Qualifier", "$LATEST"), "{}");

        assertThat(signed.rawPath()).contains("%3A");
        assertThat(verifier.verify(signed).account()).isEqualTo(account);
        assertThat(verifier.verify(signed, PathEncoding.DOUBLE).account()).isEqualTo(account);
        assertThatThrownBy(() -> verifier.verify(signed, PathEncoding.SINGLE))
                .hasMessage(Rejections.SIGNATURE_MISMATCH);
    }

    @Test
    void repeatedEmptyAndNonAsciiQueryParametersVerify() {
        SignedRequest signed = SdkSigner.of(account).sign(request(SdkHttpMethod.GET, "/2015-03-31/functions")
                .putRawQueryParameter("b", List.of("2", "1", "10"))
                .putRawQueryParameter("a", "x y/z~*+=&")
                .putRawQueryParameter("empty", "")
                .putRawQueryParameter("Zürich", "ö"), "");

        assertThat(verifier.verify(signed).account()).isEqualTo(account);
    }

    @Test
    void headerValuesAreTrimmedFoldedAndRepeatedValuesJoined() {
        SignedRequest signed = SdkSigner.of(account).sign(request(SdkHttpMethod.GET, "/2016-08-19/account-settings")
                .putHeader("X-Custom", "  a   b\t\tc  ")
                .putHeader("X-Repeated", List.of("one", " two ")), "");

        assertThat(verifier.verify(signed).account()).isEqualTo(account);
    }

    @Test
    void anyServiceAndRegionInTheScopeIsAcceptedAndReported() {
        for (String[] scope : new String[][] {{"sqs", "eu-west-1"}, {"dynamodb", "ap-south-1"}, {"s3", "us-west-2"}}) {
            SignedRequest signed = SdkSigner.of(account).withScope(scope[0], scope[1])
                    .sign(request(SdkHttpMethod.POST, "/"), "Action=ListQueues");

            Authenticated who = verifier.verify(signed);

            assertThat(List.of(who.service(), who.region())).containsExactly(scope[0], scope[1]);
        }
    }

    @Test
    void s3PathIsSignedAsSentWithoutDoubleEncodingOrNormalizing() {
        SignedRequest signed = SdkSigner.of(account).withScope("s3", "us-east-1")
                .sign(request(SdkHttpMethod.PUT, "/bucket/dir/../a%20b%2Bc~d.txt"), "object bytes");

        assertThat(verifier.verify(signed).service()).isEqualTo("s3");
        assertThat(verifier.verify(signed, PathEncoding.SINGLE).account()).isEqualTo(account);
        assertThatThrownBy(() -> verifier.verify(signed, PathEncoding.DOUBLE))
                .hasMessage(Rejections.SIGNATURE_MISMATCH);
    }

    @Test
    void dotSegmentsAndRepeatedSlashesAreNormalizedForOtherServices() {
        SignedRequest signed = SdkSigner.of(account)
                .sign(request(SdkHttpMethod.GET, "/2015-03-31//functions/./x/../my-fn"), "");

        assertThat(verifier.verify(signed).account()).isEqualTo(account);
    }

    @Test
    void unsignedPayloadVerifiesWhateverTheBodyAndSaysSo() {
        SignedRequest signed = SdkSigner.of(account).withScope("s3", "us-east-1").unsignedPayload()
                .sign(request(SdkHttpMethod.PUT, "/bucket/key"), "original");

        assertThat(signed.header("x-amz-content-sha256")).contains("UNSIGNED-PAYLOAD");
        assertThat(verifier.verify(Requests.withBody(signed, "replaced")).payloadSigned()).isFalse();
    }

    @Test
    void streamingPayloadVerifiesTheSeedSignatureOnly() {
        SignedRequest signed = SdkSigner.of(account).withScope("s3", "us-east-1").chunked()
                .sign(request(SdkHttpMethod.PUT, "/bucket/key"), "chunk me please");

        assertThat(signed.header("x-amz-content-sha256")).contains("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        Authenticated who = verifier.verify(signed);
        assertThat(who.account()).isEqualTo(account);
        assertThat(who.payloadSigned()).isFalse();
    }

    @Test
    void aSignatureMadeExactlyFifteenMinutesAgoOrAheadIsStillAccepted() {
        SdkSigner signer = SdkSigner.of(account);
        for (long minutes : new long[] {-15, 15}) {
            SignedRequest signed = signer.signedAt(SdkSigner.NOW.plusSeconds(minutes * 60))
                    .sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");

            assertThat(verifier.verify(signed).account()).isEqualTo(account);
        }
    }

    @Test
    void theDefaultAccountAuthenticatesWithTestTest() {
        AccountStore withDefault = AccountStore.open(data, true);
        SignedRequest signed = SdkSigner.of(AccountStore.DEFAULT_ACCOUNT)
                .sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");

        Authenticated who = new SigV4Verifier(withDefault, InstantSource.fixed(SdkSigner.NOW)).verify(signed);

        assertThat(who.account().accountId()).isEqualTo("000000000000");
        assertThatThrownBy(() -> verifier.verify(signed)).isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).type()).isEqualTo(ErrorType.UnrecognizedClientException);
    }
}
