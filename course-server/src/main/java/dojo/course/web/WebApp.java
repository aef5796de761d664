package dojo.course.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.course.account.Accounts;
import dojo.course.cell.CellSessions;
import dojo.course.content.ContentLibrary;
import dojo.course.content.Labs;
import dojo.course.lab.LabRunner;
import dojo.course.lab.Submissions;
import dojo.course.store.LabStore;
import dojo.course.store.LearnerStore;
import dojo.course.store.ProgressStore;
import dojo.lambda.billing.PriceSheet;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.InstantSource;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The course's HTTP side on Javalin: static files and WebJars, security headers, and the route
 * groups, listed in one place. {@link #close()} stops the server.
 */
public final class WebApp implements AutoCloseable {
    static final long MAX_REQUEST_BYTES = 1024 * 1024;
    static final int REQUEST_THREADS = 4 + 2 * Runtime.getRuntime().availableProcessors();
    private static final String STARTED = "dojo.started";
    private final Javalin app;

    private WebApp(Javalin app) {
        this.app = app;
    }

    public static WebApp start(String host, int port, ContentLibrary content, LearnerStore learners, ProgressStore progress,
            Accounts accounts, CellSessions cells, Labs labs, LabStore labStore, LabRunner runner, Submissions submissions,
            boolean secureCookies, InstantSource clock) {
        Supplier<String> courseTitle = () -> content.course().title();
        Visitors visitors = new Visitors(learners, secureCookies, clock);
        List<RouteGroup> groups = List.of(
                visitors,
                new CoursePages(content, progress, priceSheetJson(), labs, labStore, clock),
                new CellRoutes(content, cells),
                new QuizRoutes(content, progress),
                new AccountRoutes(accounts, learners, visitors, courseTitle),
                new LabRoutes(content, labs, labStore, runner, clock),
                new SubmitRoutes(labs, labStore, submissions, clock),
                new ErrorPages(visitors, courseTitle));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.host = host;
            config.jetty.port = port;
            // Few request threads: pages are CPU work, and on a small machine a page served by one of
            // 200 time-sliced threads waits for all the others. What blocks for long (Run, cells,
            // password hashing) runs off these threads (ctx.async).
            config.jetty.threadPool = new QueuedThreadPool(REQUEST_THREADS, Math.min(4, REQUEST_THREADS), 60_000);
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=300");
            });
            config.staticFiles.enableWebjars();
            config.routes.before(WebApp::securityHeaders);
            config.routes.after(WebApp::serverTiming);
            groups.forEach(group -> group.register(config.routes));
        });
        app.start();
        return new WebApp(app);
    }

    public int port() {
        return app.port();
    }

    /** The handlers' time as a Server-Timing header, so a benchmark (and the browser's devtools) see server time. */
    private static void serverTiming(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        // mermaid styles its SVG inline; scripts come only from this site
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
    }

    /** The engine's price sheet as the JSON the figures read. */
    private static String priceSheetJson() {
        PriceSheet sheet = PriceSheet.standard();
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("region", sheet.region());
        json.put("currency", sheet.currency());
        json.put("asOf", sheet.asOf().toString());
        ObjectNode perGbSecond = json.putObject("pricePerGbSecond");
        sheet.pricePerGbSecond().forEach(perGbSecond::put);
        json.put("pricePerRequest", sheet.pricePerRequest());
        json.put("freeRequestsPerMonth", sheet.freeRequestsPerMonth());
        json.put("freeGbSecondsPerMonth", sheet.freeGbSecondsPerMonth());
        return json.toString();
    }

    @Override
    public void close() {
        app.stop();
    }
}
