package dojo.course.web;

import static dojo.course.Html.escape;

import dojo.course.account.AccountException;
import dojo.course.account.Accounts;
import dojo.course.store.Learner;
import dojo.course.store.LearnerStore;
import dojo.course.store.LoginSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Supplier;

/**
 * Registration, login and logout as plain HTML forms. Registering turns the current guest into an
 * account (everything stays); logging in moves the guest's progress, lab drafts, attempts and hints
 * into the account. Both start a new session, so a session token seen before login is worthless
 * after it.
 */
final class AccountRoutes implements RouteGroup {
    private final Accounts accounts;
    private final LearnerStore learners;
    private final Visitors visitors;
    private final Supplier<String> courseTitle;

    AccountRoutes(Accounts accounts, LearnerStore learners, Visitors visitors, Supplier<String> courseTitle) {
        this.accounts = accounts;
        this.learners = learners;
        this.visitors = visitors;
        this.courseTitle = courseTitle;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/register", ctx -> form(ctx, Form.REGISTER, "", null, 200));
        routes.get("/login", ctx -> form(ctx, Form.LOGIN, "", null, 200));
        routes.post("/register", this::register);
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
        // a typed or bookmarked /logout must not log out (no CSRF token on a GET), but should say how to
        routes.get("/logout", ctx -> {
            throw new HttpError(405, "Expected a POST from the Log out button at the top of the page, found a GET;"
                    + " use that button to log out");
        });
    }

    private enum Form {
        REGISTER("Register", "/register", "new-password", "Create account"),
        LOGIN("Log in", "/login", "current-password", "Log in");

        final String title;
        final String action;
        final String passwordAutocomplete;
        final String button;

        Form(String title, String action, String passwordAutocomplete, String button) {
            this.title = title;
            this.action = action;
            this.passwordAutocomplete = passwordAutocomplete;
            this.button = button;
        }
    }

    private void register(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        String username = field(ctx, "username");
        String password = field(ctx, "password");
        // hashing a password is a third of a second of CPU: not on a request thread (see WebApp)
        ctx.async(() -> {
            try {
                Learner learner = accounts.register(session.learner().id(), username, password);
                visitors.begin(ctx, learner);
                ctx.redirect(next(ctx), HttpStatus.SEE_OTHER);
            } catch (AccountException e) {
                form(ctx, Form.REGISTER, username, e.getMessage(), e.status());
            }
        });
    }

    private void login(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        String username = field(ctx, "username");
        String password = field(ctx, "password");
        String ip = ctx.ip();
        ctx.async(() -> {
            try {
                Learner learner = accounts.login(username, password, ip);
                if (session.learner().guest()) {
                    learners.absorbGuest(session.learner().id(), learner.id());
                }
                visitors.begin(ctx, learner);
                ctx.redirect(next(ctx), HttpStatus.SEE_OTHER);
            } catch (AccountException e) {
                form(ctx, Form.LOGIN, username, e.getMessage(), e.status());
            }
        });
    }

    private void logout(Context ctx) {
        visitors.end(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, Form form, String username, String error, int status) {
        LoginSession session = Visitors.session(ctx);
        String other = form == Form.LOGIN
                ? "<p>New here? <a href=\"/register\">Register</a>; what you did as a guest comes with you.</p>"
                : "<p>Have an account? <a href=\"/login\">Log in</a>.</p>";
        String next = ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next");
        String main = "<section class=\"account-form\">\n<h1>" + form.title + "</h1>\n"
                + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>\n")
                + "<form method=\"post\" action=\"" + form.action + "\">\n" + Layout.csrfField(session)
                + (next == null ? "" : "<input type=\"hidden\" name=\"next\" value=\"" + escape(next) + "\">")
                + "<label for=\"username\">Username</label>\n<input id=\"username\" name=\"username\" autocomplete=\"username\""
                + " required maxlength=\"64\" value=\"" + escape(username) + "\">\n"
                + "<label for=\"password\">Password" + (form == Form.REGISTER ? " (at least 10 characters)" : "") + "</label>\n"
                + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"" + form.passwordAutocomplete
                + "\" required minlength=\"" + (form == Form.REGISTER ? 10 : 1) + "\" maxlength=\"200\">\n"
                + "<button type=\"submit\">" + form.button + "</button>\n</form>\n" + other + "</section>\n";
        Layout.send(ctx, status, Layout.page(form.title, courseTitle.get(), session, main, Layout.Assets.NONE));
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    /** Where to go after logging in: a path on this site only, never another host. */
    private static String next(Context ctx) {
        String next = ctx.formParam("next");
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/dashboard";
    }
}
