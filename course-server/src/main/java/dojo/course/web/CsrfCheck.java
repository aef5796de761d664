package dojo.course.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The synchronizer-token check on state-changing requests: the token the page received with its
 * session must come back in the {@code X-CSRF-Token} header (scripts) or the {@code _csrf} form
 * field (forms). A cross-site page can make the browser send the cookie but cannot read the token.
 */
final class CsrfCheck {
    static final String HEADER = "X-CSRF-Token";
    static final String FIELD = "_csrf";

    private CsrfCheck() {
    }

    /** @throws HttpError 403 when {@code given} is missing or differs from the session's token */
    static void verify(String expected, String given) {
        if (given == null || given.isEmpty()) {
            throw new HttpError(403, "This request has no CSRF token; reload the page and try again");
        }
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpError(403, "This request's CSRF token does not match your session (the page may be from an older"
                    + " session); reload the page and try again");
        }
    }
}
