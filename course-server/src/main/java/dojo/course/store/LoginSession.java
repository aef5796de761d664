package dojo.course.store;

import java.time.Instant;
import java.util.Objects;

/** A browser's session: who it belongs to, the CSRF token its forms must send back, and when it expires. */
public record LoginSession(Learner learner, String csrfToken, Instant expiresAt) {

    public LoginSession {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
