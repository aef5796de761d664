package dojo.course.web;

import dojo.course.store.Learner;
import dojo.course.store.LearnerStore;
import dojo.course.store.LoginSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;

/**
 * Who is asking: every page request carries a session cookie, and a browser without one becomes a
 * guest learner with a fresh session. The cookie is HttpOnly, SameSite=Lax and (unless the
 * operator turned it off for plain HTTP on a network address) Secure. State-changing requests
 * must come from this site (Origin) and carry the session's CSRF token.
 */
final class Visitors implements RouteGroup {
    static final String COOKIE = "dojo_session";
    private static final String ATTRIBUTE = "dojo.session";
    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final LearnerStore learners;
    private final boolean secureCookies;
    private final InstantSource clock;

    Visitors(LearnerStore learners, boolean secureCookies, InstantSource clock) {
        this.learners = learners;
        this.secureCookies = secureCookies;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::resolve);
    }

    /** The session resolved for this request. */
    static LoginSession session(Context ctx) {
        LoginSession session = ctx.attribute(ATTRIBUTE);
        if (session == null) {
            throw new IllegalStateException("No session resolved for " + ctx.path() + "; is the route registered after Visitors?");
        }
        return session;
    }

    /** The session if this request has a valid cookie, without creating one (for error pages). */
    LoginSession existing(Context ctx) {
        LoginSession resolved = ctx.attribute(ATTRIBUTE);
        if (resolved != null) {
            return resolved;
        }
        String token = ctx.cookie(COOKIE);
        return token == null || token.length() > 100 ? null : learners.session(token).orElse(null);
    }

    private void resolve(Context ctx) {
        boolean changesState = !(ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
                || ctx.method() == HandlerType.OPTIONS);
        LoginSession session = existing(ctx);
        if (changesState) {
            checkOrigin(ctx);
            if (session == null) {
                throw new HttpError(403, "Your session has expired, or this browser does not keep cookies; reload the page"
                        + " and try again");
            }
            String given = ctx.header(CsrfCheck.HEADER);
            CsrfCheck.verify(session.csrfToken(), given != null ? given : formField(ctx));
        } else if (session == null) {
            session = begin(ctx, learners.createGuest());
        }
        ctx.attribute(ATTRIBUTE, session);
    }

    /** Starts a new session for {@code learner} (after login or registration: the old token is dropped). */
    LoginSession begin(Context ctx, Learner learner) {
        String old = ctx.cookie(COOKIE);
        if (old != null && old.length() <= 100) {
            learners.endSession(old);
        }
        String token = randomToken();
        String csrf = randomToken();
        learners.startSession(learner.id(), token, csrf, LIFETIME);
        setCookie(ctx, token, LIFETIME.toSeconds());
        LoginSession session = new LoginSession(learner, csrf, clock.instant().plus(LIFETIME));
        ctx.attribute(ATTRIBUTE, session);
        return session;
    }

    void end(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null && token.length() <= 100) {
            learners.endSession(token);
        }
        setCookie(ctx, "", 0);
    }

    private void setCookie(Context ctx, String value, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                + (secureCookies ? "; Secure" : ""));
    }

    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin == null || host == null) {
            return;
        }
        String authority;
        try {
            authority = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        if (!host.equalsIgnoreCase(authority)) {
            throw new HttpError(403, "Expected this request to come from a page of this site (" + host + "), found one from "
                    + origin);
        }
    }

    private static String formField(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded") ? ctx.formParam(CsrfCheck.FIELD) : null;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
