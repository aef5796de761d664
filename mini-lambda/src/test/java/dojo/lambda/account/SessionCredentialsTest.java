package dojo.lambda.account;

import static dojo.lambda.account.Rejected.assertRejected;
import static dojo.lambda.account.SdkSigner.request;
import static dojo.lambda.api.ErrorType.UnrecognizedClientException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpMethod;

class SessionCredentialsTest {
    static final String INVALID_TOKEN = "The security token included in the request is invalid.";

    @TempDir
    Path data;
    AccountStore store;
    Account account;
    SessionCredentials session;
    SigV4Verifier verifier;

    @BeforeEach
    void issueSession() {
        store = AccountStore.open(data, false);
        account = store.create();
        session = store.issueSessionCredentials(account.accountId());
        verifier = new SigV4Verifier(store, InstantSource.fixed(SdkSigner.NOW));
    }

    @Test
    void issuedCredentialsHaveAwsShapes() {
        assertThat(session.accessKeyId()).matches("ASIA[A-Z2-7]{16}");
        assertThat(session.secretAccessKey()).hasSize(40);
        assertThat(session.sessionToken()).hasSizeGreaterThan(100);
        assertThat(session.toString()).doesNotContain(session.secretAccessKey()).doesNotContain(session.sessionToken());
    }

    @Test
    void requestsSignedWithSessionCredentialsAuthenticateAsTheIssuingAccount() {
        SignedRequest signed = SdkSigner.of(session).sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");

        assertThat(signed.header("X-Amz-Security-Token")).contains(session.sessionToken());
        assertThat(verifier.verify(signed)).isEqualTo(
                new Authenticated(account, session.accessKeyId(), true, "lambda", "us-east-1", true));
    }

    @Test
    void sessionCredentialsResolveToTheirOwnAccountOnly() {
        Account other = store.create();
        SessionCredentials otherSession = store.issueSessionCredentials(other.accountId());

        assertThat(store.resolveAccessKey(session.accessKeyId()).orElseThrow().account()).isEqualTo(account);
        assertThat(store.resolveAccessKey(otherSession.accessKeyId()).orElseThrow().account()).isEqualTo(other);
    }

    @Test
    void aMissingOrWrongSecurityTokenIsRejected() {
        SignedRequest signed = SdkSigner.of(session).sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");

        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "X-Amz-Security-Token", null)),
                UnrecognizedClientException, INVALID_TOKEN);
        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "X-Amz-Security-Token", "other")),
                UnrecognizedClientException, INVALID_TOKEN);
    }

    @Test
    void aLongTermKeyCarryingASecurityTokenIsRejected() {
        SignedRequest signed = SdkSigner.of(new SessionCredentials("ASIA" + account.accessKeyId().substring(4),
                        account.secretAccessKey(), "made-up"))
                .sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");
        String authorization = signed.header("Authorization").orElseThrow()
                .replace("Credential=ASIA", "Credential=AKIA");

        assertRejected(() -> verifier.verify(Requests.withHeader(signed, "Authorization", authorization)),
                UnrecognizedClientException, INVALID_TOKEN);
    }

    @Test
    void revokedCredentialsAreRejected() {
        SignedRequest signed = SdkSigner.of(session).sign(request(SdkHttpMethod.GET, "/2015-03-31/functions"), "");
        store.revoke(session.accessKeyId());

        assertThat(store.resolveAccessKey(session.accessKeyId())).isEmpty();
        assertRejected(() -> verifier.verify(signed), UnrecognizedClientException, INVALID_TOKEN);
    }

    @Test
    void presignedUrlsCarryTheSessionTokenInTheQuery() {
        SignedRequest presigned = SdkSigner.of(session).withScope("s3", "us-east-1").presigned(Duration.ofMinutes(5))
                .unsignedPayload().sign(request(SdkHttpMethod.GET, "/bucket/key"), "");

        assertThat(presigned.rawQuery()).contains("X-Amz-Security-Token=");
        assertThat(verifier.verify(presigned).sessionCredentials()).isTrue();
        String withoutToken = presigned.rawQuery().replaceAll("X-Amz-Security-Token=[^&]*&?", "");
        assertRejected(() -> verifier.verify(Requests.withQuery(presigned, withoutToken)),
                UnrecognizedClientException, INVALID_TOKEN);
    }

    @Test
    void sessionsAreNotPersisted() {
        assertThat(AccountStore.open(data, false).resolveAccessKey(session.accessKeyId())).isEmpty();
    }

    @Test
    void issuingForAnUnknownAccountNamesTheKnownOnes() {
        assertThatThrownBy(() -> store.issueSessionCredentials("999999999999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected an existing account id, found '999999999999'. Known accounts: ["
                        + account.accountId() + "]. Create the account first.");
    }
}
