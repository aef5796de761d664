package dojo.course.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The course's database: an SQLite file under the data directory by default, or any JDBC URL
 * (PostgreSQL) given with --jdbc-url. Each unit of work gets its own connection, so the object is
 * thread-safe and several servers can share one PostgreSQL.
 */
public final class Database {
    private final String url;
    private final Properties properties;

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    /** The default database: {@code dataDir/course.db}, in WAL mode so readers do not wait for writers. */
    public static Database sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("Could not create the data directory " + dataDir + ": " + e.getMessage()
                    + "; pass --data with a writable directory", e);
        }
        return open("jdbc:sqlite:" + dataDir.resolve("course.db").toAbsolutePath());
    }

    /** A database at a JDBC URL; credentials may be part of the URL (PostgreSQL: ?user=..&password=..). */
    public static Database open(String jdbcUrl) {
        Properties properties = new Properties();
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("synchronous", "NORMAL");
            properties.setProperty("foreign_keys", "true");
            properties.setProperty("busy_timeout", "10000");
        }
        Database database = new Database(jdbcUrl, properties);
        database.read(c -> c.isValid(5));
        return database;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T write(Work<T> work) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("A database write failed: " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} with auto-commit. */
    public <T> T read(Work<T> work) {
        try (Connection connection = connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not use the database at " + redacted() + ": " + e.getMessage()
                    + "; check --jdbc-url or the data directory", e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    private String redacted() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
