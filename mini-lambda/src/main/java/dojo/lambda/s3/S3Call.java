package dojo.lambda.s3;

import dojo.lambda.account.Authenticated;
import io.javalin.http.Context;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One S3 request being answered: the HTTP exchange, who signed it, the bucket and key it names,
 * its query, and the request ids S3 puts in every response ({@code x-amz-request-id},
 * {@code x-amz-id-2}) and in the events it causes.
 */
record S3Call(Context ctx, Authenticated caller, Address address, Query query, String requestId, String hostId) {
    static S3Call of(Context ctx, Authenticated caller) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] id = new byte[8];
        byte[] host = new byte[48];
        random.nextBytes(id);
        random.nextBytes(host);
        return new S3Call(ctx, caller, Address.of(ctx.header("Host"), ctx.req().getRequestURI()), Query.parse(ctx.queryString()),
                HexFormat.of().withUpperCase().formatHex(id), Base64.getEncoder().encodeToString(host));
    }

    String method() {
        return ctx.method().name().toUpperCase(Locale.ROOT);
    }

    String accountId() {
        return caller.account().accountId();
    }

    String bucket() {
        return address.bucket();
    }

    String key() {
        return address.key();
    }

    String header(String name) {
        return ctx.header(name);
    }

    /** The request's X-Ray trace header, which the AWS SDK sets inside a Lambda function. */
    String traceHeader() {
        return ctx.header("X-Amzn-Trace-Id");
    }

    /** The principal S3 names in events: the access key that signed the request. */
    String principalId() {
        return "AWS:" + caller.accessKeyId();
    }

    String sourceIp() {
        String ip = ctx.req().getRemoteAddr();
        return ip == null || ip.isEmpty() || !Character.isLetterOrDigit(ip.charAt(0)) && ip.charAt(0) != '[' ? "127.0.0.1" : ip;
    }

    S3EventJson.Requester requester() {
        return new S3EventJson.Requester(principalId(), sourceIp(), requestId, hostId);
    }

    /** What the request addressed, as S3's error documents show it in {@code Resource}. */
    String resource() {
        if (bucket() == null) {
            return "/";
        }
        return "/" + bucket() + (key() == null ? "" : "/" + key());
    }
}
