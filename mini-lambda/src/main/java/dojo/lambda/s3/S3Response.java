package dojo.lambda.s3;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Writes S3's responses: XML documents, empty answers, error documents, and S3's date formats. */
final class S3Response {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private S3Response() {}

    static void xml(Context ctx, int status, String document) {
        ctx.status(status);
        ctx.contentType("application/xml");
        ctx.result(document.getBytes(StandardCharsets.UTF_8));
    }

    static void empty(Context ctx, int status) {
        ctx.status(status);
        ctx.res().setContentLength(0);
    }

    static void error(Context ctx, S3Exception e, String resource, String requestId, String hostId) {
        XmlWriter xml = XmlWriter.plain("Error").element("Code", e.code().name()).element("Message", e.getMessage());
        e.details().forEach(xml::element);
        xml.element("Resource", resource).element("RequestId", requestId).element("HostId", hostId);
        ctx.header("x-amz-request-id", requestId);
        ctx.header("x-amz-id-2", hostId);
        xml(ctx, e.code().status(), xml.finish());
    }

    /** S3's timestamps in XML and events: {@code 2009-10-12T17:50:30.000Z}. */
    static String iso(Instant t) {
        return ISO.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    /** HTTP dates, as in {@code Last-Modified}: {@code Wed, 12 Oct 2009 17:50:00 GMT}. */
    static String http(Instant t) {
        return HTTP.format(t);
    }
}
