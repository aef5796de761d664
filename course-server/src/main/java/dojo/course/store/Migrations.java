package dojo.course.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: numbered SQL files {@code Vnnn__what.sql} listed in order in
 * {@code migrations.txt} beside them. Each runs once, in its own transaction, and is recorded in
 * {@code schema_migrations}. Files are never edited after release; a change is a new file.
 */
public final class Migrations {
    private static final String BASE = "/dojo/course/store/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__[a-z0-9_]+\\.sql");

    /** One migration: its version (from the file name), file name and SQL statements. */
    record Migration(int version, String name, List<String> statements) {
        Migration {
            statements = List.copyOf(statements);
        }
    }

    private Migrations() {
    }

    /** Brings the database up to the newest version; returns how many migrations ran. */
    public static int migrate(Database database, InstantSource clock) {
        return migrate(database, bundled(), clock);
    }

    static int migrate(Database database, List<Migration> migrations, InstantSource clock) {
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                        + " name VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
            }
            return null;
        });
        int current = currentVersion(database);
        int newest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        if (current > newest) {
            throw new StoreException("The database is at schema version " + current + " but this server knows only up to "
                    + newest + "; run a newer course server against it");
        }
        int applied = 0;
        for (Migration m : migrations) {
            if (m.version() <= current) {
                continue;
            }
            database.write(c -> {
                apply(c, m, clock.millis());
                return null;
            });
            applied++;
        }
        return applied;
    }

    /** The newest version recorded in the database (0 for a new database). */
    public static int currentVersion(Database database) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_migrations")) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    private static void apply(Connection c, Migration m, long now) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : m.statements()) {
                s.execute(sql);
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, m.version());
            p.setString(2, m.name());
            p.setLong(3, now);
            p.executeUpdate();
        }
    }

    /** The migrations shipped in the jar, checked to be numbered 1, 2, 3... without gaps. */
    static List<Migration> bundled() {
        List<Migration> migrations = new ArrayList<>();
        for (String name : resource("migrations.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new StoreException("Expected migration file names like V002__add_drafts.sql, found " + name);
            }
            int version = Integer.parseInt(m.group(1));
            if (version != migrations.size() + 1) {
                throw new StoreException("Expected migration version " + (migrations.size() + 1) + ", found " + name
                        + "; migrations are numbered without gaps");
            }
            migrations.add(new Migration(version, name, statements(resource("migrations/" + name))));
        }
        return migrations;
    }

    /** Splits a file into statements at semicolons ending a line; lines starting with -- are comments. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.lines().toList()) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new StoreException("Expected " + BASE + name + " on the classpath, found nothing; rebuild the course server");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Could not read " + BASE + name, e);
        }
    }
}
