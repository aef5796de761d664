package dojo.lambda.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * The oracle: signs requests with the AWS SDK's own SigV4 signer and hands them over as a server
 * receives them. Each {@code with...} returns a changed copy.
 */
record SdkSigner(AwsCredentialsIdentity identity, String service, String region, Instant signingTime,
        boolean payloadSigning, boolean chunkEncoding, Duration presignedFor) {
    static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    static SdkSigner of(Account account) {
        return new SdkSigner(AwsCredentialsIdentity.create(account.accessKeyId(), account.secretAccessKey()),
                "lambda", "us-east-1", NOW, true, false, null);
    }

    static SdkSigner of(SessionCredentials session) {
        return new SdkSigner(AwsSessionCredentialsIdentity.create(session.accessKeyId(),
                session.secretAccessKey(), session.sessionToken()), "lambda", "us-east-1", NOW, true, false, null);
    }

    static SdkHttpFullRequest.Builder request(SdkHttpMethod method, String encodedPath) {
        return SdkHttpFullRequest.builder().method(method).protocol("https").host("localhost").port(9001)
                .encodedPath(encodedPath);
    }

    SdkSigner withScope(String service, String region) {
        return new SdkSigner(identity, service, region, signingTime, payloadSigning, chunkEncoding, presignedFor);
    }

    SdkSigner signedAt(Instant time) {
        return new SdkSigner(identity, service, region, time, payloadSigning, chunkEncoding, presignedFor);
    }

    SdkSigner unsignedPayload() {
        return new SdkSigner(identity, service, region, signingTime, false, chunkEncoding, presignedFor);
    }

    SdkSigner chunked() {
        return new SdkSigner(identity, service, region, signingTime, payloadSigning, true, presignedFor);
    }

    SdkSigner presigned(Duration expires) {
        return new SdkSigner(identity, service, region, signingTime, payloadSigning, chunkEncoding, expires);
    }

    SignedRequest sign(SdkHttpFullRequest.Builder request, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(identity).request(request.build()).payload(ContentStreamProvider.fromByteArray(bytes))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC))
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, payloadSigning)
                    .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, chunkEncoding);
            if (service.equals("s3")) {
                // What the SDK's S3 client sets for its signer: the path is signed as sent.
                r.putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false);
            }
            if (presignedFor != null) {
                r.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, presignedFor);
            }
        });
        byte[] sentBody = signed.payload().map(SdkSigner::read).orElse(bytes);
        return received(signed.request(), sentBody);
    }

    /** The request as an HTTP server sees it: raw path, raw query, headers and body bytes. */
    static SignedRequest received(SdkHttpRequest request, byte[] body) {
        return new SignedRequest(request.method().name(), request.encodedPath(),
                request.encodedQueryParameters().orElse(null), request.headers(), body);
    }

    private static byte[] read(ContentStreamProvider payload) {
        try (InputStream in = payload.newStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
