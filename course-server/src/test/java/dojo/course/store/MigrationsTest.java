package dojo.course.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseIsMigratedOnceToTheNewestVersion() {
        Database db = Database.sqlite(dir);
        int newest = Migrations.bundled().size();
        assertThat(Migrations.migrate(db, InstantSource.system())).isEqualTo(newest);
        assertThat(Migrations.migrate(db, InstantSource.system())).isZero();
        assertThat(Migrations.currentVersion(db)).isEqualTo(newest);
        LearnerStore learners = new LearnerStore(db, InstantSource.system());
        assertThat(learners.createGuest().guest()).isTrue();
    }

    @Test
    void laterMigrationsRunAfterEarlierOnesOnly() {
        Database db = Database.sqlite(dir);
        List<Migrations.Migration> first = List.of(new Migrations.Migration(1, "V001__a.sql", List.of("CREATE TABLE a (x INTEGER)")));
        List<Migrations.Migration> both = List.of(first.get(0),
                new Migrations.Migration(2, "V002__b.sql", List.of("INSERT INTO a (x) VALUES (1)", "CREATE TABLE b (y INTEGER)")));
        assertThat(Migrations.migrate(db, first, InstantSource.system())).isEqualTo(1);
        assertThat(Migrations.migrate(db, both, InstantSource.system())).isEqualTo(1);
        int rows = db.read(c -> {
            try (var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM a")) {
                return r.next() ? r.getInt(1) : -1;
            }
        });
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void aFailingMigrationLeavesNoTraceAndStopsTheServer() {
        Database db = Database.sqlite(dir);
        List<Migrations.Migration> broken = List.of(new Migrations.Migration(1, "V001__bad.sql",
                List.of("CREATE TABLE good (x INTEGER)", "CREATE TABLE oops (")));
        assertThatThrownBy(() -> Migrations.migrate(db, broken, InstantSource.system())).isInstanceOf(StoreException.class);
        assertThat(Migrations.currentVersion(db)).isZero();
        boolean tableLeft = db.read(c -> {
            try (var r = c.getMetaData().getTables(null, null, "good", null)) {
                return r.next();
            }
        });
        assertThat(tableLeft).isFalse();
    }

    @Test
    void aDatabaseNewerThanTheServerIsRefused() {
        Database db = Database.sqlite(dir);
        Migrations.migrate(db, List.of(new Migrations.Migration(1, "V001__a.sql", List.of("CREATE TABLE a (x INTEGER)")),
                new Migrations.Migration(2, "V002__b.sql", List.of("CREATE TABLE b (x INTEGER)"))), InstantSource.system());
        assertThatThrownBy(() -> Migrations.migrate(db, List.of(new Migrations.Migration(1, "V001__a.sql", List.of("SELECT 1"))),
                InstantSource.system())).hasMessageContaining("schema version 2 but this server knows only up to 1");
    }

    @Test
    void sqlFilesSplitIntoStatementsAtLineEndingSemicolons() {
        assertThat(Migrations.statements("-- comment\nCREATE TABLE a (\n  x INTEGER\n);\n\nCREATE INDEX i ON a (x);\n"))
                .containsExactly("CREATE TABLE a (\n  x INTEGER\n)", "CREATE INDEX i ON a (x)");
    }

    @Test
    void guestProgressMovesToTheAccountOnLogin() {
        Database db = Database.sqlite(dir);
        Migrations.migrate(db, InstantSource.system());
        LearnerStore learners = new LearnerStore(db, InstantSource.system());
        ProgressStore progress = new ProgressStore(db, InstantSource.system());
        Learner account = learners.register(learners.createGuest().id(), "ada", "hash").orElseThrow();
        progress.recordAnswer(account.id(), "pricing", "q1", true);
        Learner guest = learners.createGuest();
        progress.markRead(guest.id(), "limits");
        progress.recordAnswer(guest.id(), "pricing", "q1", false);
        progress.recordAnswer(guest.id(), "pricing", "q2", true);
        learners.absorbGuest(guest.id(), account.id());
        Progress merged = progress.progress(account.id());
        assertThat(merged.lessonsRead()).containsExactly("limits");
        assertThat(merged.answers("pricing")).containsEntry("q1", true).containsEntry("q2", true);
        assertThat(progress.progress(guest.id()).lessonsRead()).isEmpty();
    }
}
