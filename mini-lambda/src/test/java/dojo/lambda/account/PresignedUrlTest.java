package dojo.lambda.account;

import static dojo.lambda.account.Rejected.assertRejected;
import static dojo.lambda.account.SdkSigner.request;
import static dojo.lambda.api.ErrorType.IncompleteSignatureException;
import static dojo.lambda.api.ErrorType.InvalidSignatureException;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpMethod;

class PresignedUrlTest {
    @TempDir
    Path data;
    Account account;
    SigV4Verifier verifier;
    SdkSigner s3;

    @BeforeEach
    void openStore() {
        AccountStore store = AccountStore.open(data, false);
        account = store.create();
        verifier = new SigV4Verifier(store, InstantSource.fixed(SdkSigner.NOW));
        s3 = SdkSigner.of(account).withScope("s3", "eu-central-1").unsignedPayload();
    }

    @Test
    void anS3PresignedGetVerifiesWithTheKeyAsSent() {
        SignedRequest presigned = s3.presigned(Duration.ofHours(1))
                .sign(request(SdkHttpMethod.GET, "/bucket/reports/2024%20Q1%2Bfinal.csv"), "");

        assertThat(presigned.header("Authorization")).isEmpty();
        assertThat(presigned.rawQuery()).contains("X-Amz-Expires=3600");
        Authenticated who = verifier.verify(presigned);
        assertThat(who.account()).isEqualTo(account);
        assertThat(who.region()).isEqualTo("eu-central-1");
    }

    @Test
    void aPresignedUrlWithSignedPayloadVerifiesForOtherServices() {
        SignedRequest presigned = SdkSigner.of(account).presigned(Duration.ofMinutes(10))
                .sign(request(SdkHttpMethod.POST, "/2015-03-31/functions/f%3A1/invocations"), "{\"x\":1}");

        assertThat(verifier.verify(presigned).payloadSigned()).isTrue();
    }

    @Test
    void aPresignedUrlStaysValidUntilItsExpiryEvenPastFifteenMinutes() {
        SignedRequest presigned = s3.signedAt(SdkSigner.NOW.minus(Duration.ofHours(2)))
                .presigned(Duration.ofHours(3)).sign(request(SdkHttpMethod.GET, "/bucket/key"), "");

        assertThat(verifier.verify(presigned).account()).isEqualTo(account);
    }

    @Test
    void anExpiredPresignedUrlIsRejected() {
        SignedRequest presigned = s3.signedAt(SdkSigner.NOW.minus(Duration.ofHours(2)))
                .presigned(Duration.ofHours(1)).sign(request(SdkHttpMethod.GET, "/bucket/key"), "");

        assertRejected(() -> verifier.verify(presigned), InvalidSignatureException,
                "Request has expired: it was signed at 20240501T080000Z with X-Amz-Expires=3600 so it was valid"
                        + " until 20240501T090000Z, and it is now 20240501T100000Z. Presign the URL again.");
    }

    @Test
    void changingAnyQueryParameterOrThePathFailsTheSignature() {
        SignedRequest presigned = s3.presigned(Duration.ofHours(1))
                .sign(request(SdkHttpMethod.GET, "/bucket/key").putRawQueryParameter("versionId", "7"), "");
        String mismatch = Rejections.SIGNATURE_MISMATCH;

        assertRejected(() -> verifier.verify(Requests.withQuery(presigned,
                presigned.rawQuery().replace("X-Amz-Expires=3600", "X-Amz-Expires=7200"))), InvalidSignatureException,
                mismatch);
        assertRejected(() -> verifier.verify(Requests.withQuery(presigned,
                presigned.rawQuery().replace("versionId=7", "versionId=8"))), InvalidSignatureException, mismatch);
        assertRejected(() -> verifier.verify(Requests.withPath(presigned, "/bucket/other")), InvalidSignatureException,
                mismatch);
        assertRejected(() -> verifier.verify(Requests.withMethod(presigned, "DELETE")), InvalidSignatureException,
                mismatch);
    }

    @Test
    void aPresignedQueryWithoutItsPartsIsIncomplete() {
        SignedRequest presigned = s3.presigned(Duration.ofHours(1)).sign(request(SdkHttpMethod.GET, "/bucket/key"), "");
        String withoutSignature = presigned.rawQuery().replaceAll("&?X-Amz-Signature=[0-9a-f]+", "");

        assertRejected(() -> verifier.verify(Requests.withQuery(presigned, withoutSignature)),
                IncompleteSignatureException, "AWS query-string parameters must include 'X-Amz-Signature'."
                        + " Re-examine the query-string parameters.");
        assertRejected(() -> verifier.verify(Requests.withQuery(presigned,
                presigned.rawQuery().replace("X-Amz-Expires=3600", "X-Amz-Expires=604801"))),
                IncompleteSignatureException, "X-Amz-Expires must be a whole number of seconds from 1 to 604800"
                        + " (7 days), found '604801'. Presign the URL with an expiry in that range.");
        assertRejected(() -> verifier.verify(Requests.withQuery(presigned,
                presigned.rawQuery().replace("X-Amz-Algorithm=AWS4-HMAC-SHA256", "X-Amz-Algorithm=AWS4-HMAC-SHA1"))),
                IncompleteSignatureException, "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\", found"
                        + " 'AWS4-HMAC-SHA1'. Presign the URL with Signature Version 4.");
    }
}
