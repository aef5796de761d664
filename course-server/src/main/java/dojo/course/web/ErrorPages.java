package dojo.course.web;

import static dojo.course.Html.escape;

import dojo.course.cell.CellBusyException;
import dojo.course.cell.CellException;
import dojo.course.content.Labs;
import dojo.course.lab.SubmitRefused;
import dojo.lambda.api.ApiException;
import dojo.course.store.LoginSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure answered the same way: the page's own requests (JSON) get {@code {"error": ...}}
 * with the status, a browser gets a page with the message. Learner mistakes are 4xx with a message
 * saying what to do; only platform faults are 500, logged, and never show a stack trace.
 */
final class ErrorPages implements RouteGroup {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    /** set once this class answered, so the status handlers do not answer a second time */
    private static final String ANSWERED = "dojo.error.answered";
    private final Visitors visitors;
    private final Supplier<String> courseTitle;

    ErrorPages(Visitors visitors, Supplier<String> courseTitle) {
        this.visitors = visitors;
        this.courseTitle = courseTitle;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.exception(HttpError.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        routes.exception(CellBusyException.class, (e, ctx) -> answer(ctx, 429, e.getMessage()));
        routes.exception(SubmitRefused.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        routes.exception(CellException.class, (e, ctx) -> {
            LOG.warn("Java cells are failing: {}", e.getMessage());
            answer(ctx, 503, e.getMessage());
        });
        routes.exception(Labs.LabProblem.class, (e, ctx) -> {
            LOG.warn("{}", e.getMessage());
            answer(ctx, 404, e.getMessage());
        });
        routes.exception(ApiException.class, (e, ctx) -> {
            // the engine refused the learner's function (a bad handler name, too many runs at once)
            if (e.type().status() >= 500) {
                LOG.error("mini-lambda failed on {} {}", ctx.method(), ctx.path(), e);
            }
            answer(ctx, e.type().status(), "mini-lambda: " + e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), switch (e.getStatus()) {
            case 404 -> noPage(ctx);
            case 405 -> ctx.method() + " is not allowed at " + ctx.path() + ".";
            case 413 -> tooLarge(ctx);
            default -> e.getMessage();
        }));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Failed on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "Something went wrong on the server; it has been logged. Try again in a moment.");
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 404, noPage(ctx));
            }
        });
        routes.error(405, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 405, ctx.method() + " is not allowed at " + ctx.path() + ".");
            }
        });
    }

    /** Javalin refuses a body over the server's limit before a route reads it, with only "Content Too Large". */
    private static String tooLarge(Context ctx) {
        long length = ctx.contentLength();
        return "Expected a request of at most " + WebApp.MAX_REQUEST_BYTES / 1024 + " KB, found "
                + (length < 0 ? "more" : length / 1024 + " KB") + "; shorten the code or the event";
    }

    private static String noPage(Context ctx) {
        return "There is no page at " + ctx.path() + ". Start from the course map.";
    }

    private void answer(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, true);
        if (wantsJson(ctx)) {
            Json.send(ctx, status, Map.of("error", message));
            return;
        }
        LoginSession session;
        try {
            session = visitors.existing(ctx);
        } catch (RuntimeException e) {
            session = null;
        }
        String main = "<section class=\"error-page\"><h1>" + title(status) + "</h1>\n<p>" + escape(message) + "</p>\n"
                + "<p><a href=\"/\">Go to the course map</a></p></section>";
        Layout.send(ctx, status, Layout.page(title(status), courseTitle.get(), session, main, Layout.Assets.NONE));
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        String type = ctx.contentType();
        return (accept != null && accept.contains("application/json")) || (type != null && type.startsWith("application/json"));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That request is not right";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 413 -> "Too large";
            case 405 -> "Not this way";
            case 415 -> "Not JSON";
            case 429 -> "Too many requests";
            case 503 -> "Temporarily unavailable";
            default -> status >= 500 ? "Server error" : "Request refused";
        };
    }
}
