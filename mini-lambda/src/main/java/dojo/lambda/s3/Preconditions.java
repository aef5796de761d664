package dojo.lambda.s3;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Conditional reads (RFC 7232 as S3 applies it): {@code If-Match} and {@code If-Unmodified-Since}
 * failing is 412; {@code If-None-Match} and {@code If-Modified-Since} failing is 304 Not Modified.
 */
final class Preconditions {
    enum Result { PROCEED, NOT_MODIFIED }

    private Preconditions() {}

    static Result check(S3Call call, ObjectMeta meta) {
        String ifMatch = call.header("If-Match");
        String ifNoneMatch = call.header("If-None-Match");
        Instant modified = meta.lastModified().truncatedTo(ChronoUnit.SECONDS);
        if (ifMatch != null) {
            if (!etagListMatches(ifMatch, meta)) {
                throw failed("If-Match", ifMatch, meta);
            }
        } else {
            Instant unmodifiedSince = date(call.header("If-Unmodified-Since"));
            if (unmodifiedSince != null && modified.isAfter(unmodifiedSince)) {
                throw failed("If-Unmodified-Since", call.header("If-Unmodified-Since"), meta);
            }
        }
        if (ifNoneMatch != null) {
            return etagListMatches(ifNoneMatch, meta) ? Result.NOT_MODIFIED : Result.PROCEED;
        }
        Instant modifiedSince = date(call.header("If-Modified-Since"));
        return modifiedSince != null && !modified.isAfter(modifiedSince) ? Result.NOT_MODIFIED : Result.PROCEED;
    }

    static boolean etagListMatches(String list, ObjectMeta meta) {
        for (String tag : list.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(meta.quotedEtag()) || t.equals(meta.etag())) {
                return true;
            }
        }
        return false;
    }

    static S3Exception failed(String header, String value, ObjectMeta meta) {
        return new S3Exception(S3ErrorCode.PreconditionFailed, header + ": " + value + " does not hold for the object"
                + " now stored (ETag " + meta.quotedEtag() + ", last modified " + S3Response.http(meta.lastModified())
                + ").").with("Condition", header);
    }

    private static Instant date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
