package dojo.course.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same migrations and store code on a real PostgreSQL (Debian's postgresql package): a
 * throwaway cluster in a temporary directory, run as the postgres user, on a free loopback port.
 */
class PostgresIT {
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static Path cluster;
    static int port;

    @BeforeAll
    static void startPostgres() throws Exception {
        if (System.getenv("CI") != null) {
            org.junit.jupiter.api.Assertions.assertTrue(Files.isExecutable(BIN.resolve("pg_ctl")), "PostgreSQL 15 is not installed (apt-get install postgresql)" + " (CI must install it: see .ci/run)");
        }
        assumeTrue(Files.isExecutable(BIN.resolve("pg_ctl")), "PostgreSQL 15 is not installed (apt-get install postgresql)");
        cluster = Files.createTempDirectory("dojo-pg");
        run("chown", "postgres", cluster.toString());
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run("runuser", "-u", "postgres", "--", BIN.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(),
                "--auth=trust", "-U", "postgres", "--no-sync");
        run("runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(),
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + cluster.resolve("data"), "-w", "-l",
                cluster.resolve("data/log.txt").toString(), "start");
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (cluster != null) {
            run("runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(),
                    "-m", "immediate", "stop");
            run("rm", "-rf", cluster.toString());
        }
    }

    @Test
    void migrationsAndProgressWorkUnchangedOnPostgres() {
        Database db = Database.open("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres");
        assertThat(Migrations.migrate(db, InstantSource.system())).isEqualTo(Migrations.bundled().size());
        assertThat(Migrations.migrate(db, InstantSource.system())).isZero();

        LearnerStore learners = new LearnerStore(db, InstantSource.system());
        ProgressStore progress = new ProgressStore(db, InstantSource.system());
        Learner guest = learners.createGuest();
        progress.markRead(guest.id(), "pricing");
        progress.recordAnswer(guest.id(), "pricing", "q1", false);
        progress.recordAnswer(guest.id(), "pricing", "q1", true);
        Learner account = learners.register(guest.id(), "ada", "hash").orElseThrow();
        assertThat(account.id()).isEqualTo(guest.id());
        assertThat(learners.register(learners.createGuest().id(), "ada", "hash")).isEmpty();

        LabStore labs = new LabStore(db, InstantSource.system());
        labs.saveDraft(account.id(), "first-handler", "{\"a\":\"older\"}", "{}");
        labs.revealHint(account.id(), "first-handler", 5);
        Learner other = learners.createGuest();
        progress.markRead(other.id(), "limits");
        labs.saveDraft(other.id(), "first-handler", "{\"a\":\"newer\"}", "{}");
        labs.recordAttempt(other.id(), "first-handler", "submit", "{}", "{}", "PASS", "{\"status\":\"PASS\"}");
        for (int i = 0; i < 3; i++) {
            labs.revealHint(other.id(), "first-handler", 5);
        }
        learners.absorbGuest(other.id(), account.id());
        assertThat(labs.draft(account.id(), "first-handler").orElseThrow().filesJson()).contains("newer");
        assertThat(labs.attempts(account.id(), "first-handler")).extracting(LabStore.Attempt::outcome).containsExactly("PASS");
        assertThat(labs.hintsRevealed(account.id(), "first-handler")).isEqualTo(3);
        assertThat(labs.activity(account.id()).submits()).extracting(LabStore.Submit::labId).containsExactly("first-handler");
        Progress merged = progress.progress(account.id());
        assertThat(merged.lessonsRead()).containsExactlyInAnyOrder("pricing", "limits");
        assertThat(merged.answers("pricing")).containsEntry("q1", true);

        learners.startSession(account.id(), "token-1", "csrf-1", java.time.Duration.ofHours(1));
        assertThat(learners.session("token-1")).hasValueSatisfying(s -> assertThat(s.learner().username()).isEqualTo("ada"));
        learners.endSession("token-1");
        assertThat(learners.session("token-1")).isEmpty();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("Command " + String.join(" ", command) + " failed: " + out);
        }
    }
}
