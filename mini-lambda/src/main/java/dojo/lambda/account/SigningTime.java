package dojo.lambda.account;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** When a request was signed, and whether that is close enough to now. */
final class SigningTime {
    /** How far a signing time may be from the server's clock, as on AWS. */
    static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter BASIC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("d MMM uuuu HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private SigningTime() {}

    /** Parses {@code X-Amz-Date}'s ISO-8601 basic format, such as {@code 20150830T123600Z}. */
    static Instant parseBasic(String text) {
        Instant quick = quickBasic(text);
        if (quick != null) {
            return quick;
        }
        try {
            return Instant.from(BASIC.parse(text));
        } catch (DateTimeParseException e) {
            throw Rejections.incomplete("Date must be in ISO-8601 'basic format'. Got '" + text
                    + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
    }

    /**
     * Every request carries this date, and the formatter is slow; a well-formed valid date is read
     * directly. Null for anything else, which the formatter then parses (or rejects) as before.
     */
    private static Instant quickBasic(String text) {
        if (text.length() != 16 || text.charAt(8) != 'T' || text.charAt(15) != 'Z') {
            return null;
        }
        for (int i = 0; i < 15; i++) {
            if (i != 8 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return null;
            }
        }
        try {
            return java.time.LocalDateTime.of(digits(text, 0, 4), digits(text, 4, 6), digits(text, 6, 8),
                    digits(text, 9, 11), digits(text, 11, 13), digits(text, 13, 15)).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    /** Parses an HTTP {@code Date} header, such as {@code Sun, 30 Aug 2015 12:36:00 GMT}. */
    static Instant parseHttpDate(String text) {
        // The weekday is skipped, not checked: AWS's own test suite signs "Mon, 09 Sep 2011", a Friday.
        String withoutWeekday = text.substring(text.indexOf(',') + 1).strip();
        try {
            return Instant.from(HTTP_DATE.parse(withoutWeekday));
        } catch (DateTimeParseException e) {
            throw Rejections.incomplete("Date header must be an RFC 1123 date such as"
                    + " 'Sun, 30 Aug 2015 12:36:00 GMT'. Got '" + text + "'. Send X-Amz-Date instead.");
        }
    }

    static String format(Instant instant) {
        return BASIC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Rejects a signature made too long before, or too far after, {@code now}, in AWS's words. */
    static void check(SignatureClaim claim, Instant now) {
        Instant latest = now.plus(ALLOWED_SKEW);
        if (claim.signedAt().isAfter(latest)) {
            throw Rejections.invalidSignature("Signature not yet current: " + claim.amzDate()
                    + " is still later than " + format(latest) + " (" + format(now) + " + 15 min.)");
        }
        if (claim.expires() != null) {
            Instant end = claim.signedAt().plus(claim.expires());
            if (now.isAfter(end)) {
                throw Rejections.invalidSignature("Request has expired: it was signed at " + claim.amzDate()
                        + " with X-Amz-Expires=" + claim.expires().toSeconds() + " so it was valid until "
                        + format(end) + ", and it is now " + format(now) + ". Presign the URL again.");
            }
            return;
        }
        Instant earliest = now.minus(ALLOWED_SKEW);
        if (claim.signedAt().isBefore(earliest)) {
            throw Rejections.invalidSignature("Signature expired: " + claim.amzDate() + " is now earlier than "
                    + format(earliest) + " (" + format(now) + " - 15 min.)");
        }
    }
}
