package dojo.course;

import dojo.course.account.Accounts;
import dojo.course.account.LoginThrottle;
import dojo.course.account.PasswordHash;
import dojo.course.cell.CellSessions;
import dojo.course.content.ContentLibrary;
import dojo.course.content.Labs;
import dojo.course.lab.LabRunner;
import dojo.course.lab.Submissions;
import dojo.course.store.Database;
import dojo.course.store.LabStore;
import dojo.course.store.LearnerStore;
import dojo.course.store.Migrations;
import dojo.course.store.ProgressStore;
import dojo.course.web.WebApp;
import java.time.Duration;
import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running course server: database migrated, content validated, cells ready, HTTP listening.
 * Wired by hand here, in one place. {@link #close()} stops HTTP, grading, the engine and every cell
 * session.
 */
public final class CourseServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CourseServer.class);
    private final WebApp web;
    private final CellSessions cells;
    private final ContentLibrary content;
    private final LabRunner labRunner;
    private final Submissions submissions;

    private CourseServer(WebApp web, CellSessions cells, ContentLibrary content, LabRunner labRunner, Submissions submissions) {
        this.web = web;
        this.cells = cells;
        this.content = content;
        this.labRunner = labRunner;
        this.submissions = submissions;
    }

    public static CourseServer start(ServerConfig config, InstantSource clock) {
        Database database = config.jdbcUrl() == null ? Database.sqlite(config.dataDir()) : Database.open(config.jdbcUrl());
        Migrations.migrate(database, clock);
        ContentLibrary content = ContentLibrary.open(config.contentDir(), config.labsDir());
        LearnerStore learners = new LearnerStore(database, clock);
        ProgressStore progress = new ProgressStore(database, clock);
        Accounts accounts = new Accounts(learners, new PasswordHash(config.passwordIterations()),
                new LoginThrottle(5, Duration.ofMinutes(15), clock));
        CellSessions cells = CellSessions.create(config.dataDir().toAbsolutePath(), config.cellLimits(), config.unsafeNoSandbox(), clock);
        LabStore labStore = new LabStore(database, clock);
        // one engine for the whole server, started on the first Run; one engine account per learner
        LabRunner labRunner = new LabRunner(config.dataDir().toAbsolutePath().resolve("engine"), config.unsafeNoSandbox(),
                engine -> learner -> labStore.lambdaAccount(learner, () -> engine.accounts().create().accountId()));
        // Submit grades on the same engine, a grade at a time: timing checks need the machine's CPUs
        Submissions submissions = new Submissions(labRunner, config.labsDir(), config.dataDir().toAbsolutePath().resolve("grader"),
                labStore, clock, 1, 32);
        try {
            WebApp web = WebApp.start(config.host(), config.port(), content, learners, progress, accounts, cells,
                    new Labs(config.labsDir()), labStore, labRunner, submissions, config.secureCookies(), clock);
            return new CourseServer(web, cells, content, labRunner, submissions);
        } catch (RuntimeException e) {
            submissions.close();
            labRunner.close();
            cells.close();
            throw e;
        }
    }

    public int port() {
        return web.port();
    }

    public ContentLibrary content() {
        return content;
    }

    /** Logs what an operator should know: content problems and a missing sandbox. */
    public void logWarnings() {
        content.problems().forEach(problem -> LOG.warn("content/{}", problem));
        if (!cells.sandboxed()) {
            LOG.warn("bubblewrap (bwrap) was not found and --unsafe-no-sandbox is set: Java cells run WITHOUT a sandbox and"
                    + " learners' code can read this machine's files. Install bubblewrap before letting anyone else in.");
        }
    }

    @Override
    public void close() {
        web.close();
        submissions.close();
        labRunner.close();
        cells.close();
    }
}
