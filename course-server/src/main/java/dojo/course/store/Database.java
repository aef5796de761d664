package dojo.course.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The course's database: an SQLite file under the data directory by default, or any JDBC URL
 * (PostgreSQL) given with --jdbc-url. Each unit of work borrows a connection from a small pool of
 * idle ones (opening a connection costs more than a page's queries), so the object is thread-safe
 * and several servers can share one PostgreSQL.
 */
public final class Database {
    private static final int IDLE_CONNECTIONS = 8;
    private final String url;
    private final Properties properties;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE_CONNECTIONS);

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
            properties.setProperty("journal_mode", "WAL"); // readers do not wait for writers
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
        Connection connection = borrow();
        boolean healthy = false;
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                healthy = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                healthy = true;
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("A database write failed: " + e.getMessage(), e);
        } finally {
            release(connection, healthy);
        }
    }

    /** Runs read-only {@code work} with auto-commit. */
    public <T> T read(Work<T> work) {
        Connection connection = borrow();
        boolean healthy = false;
        try {
            T result = work.run(connection);
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not use the database at " + redacted() + ": " + e.getMessage()
                    + "; check --jdbc-url or the data directory", e);
        } finally {
            release(connection, healthy);
        }
    }

    private Connection borrow() {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new StoreException("Could not connect to the database at " + redacted() + ": " + e.getMessage()
                    + "; check --jdbc-url or the data directory", e);
        }
    }

    /** Keeps a connection that worked for the next unit of work; closes one that failed or is surplus. */
    private void release(Connection connection, boolean healthy) {
        if (healthy && idle.offer(connection)) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // it is being discarded either way
        }
    }

    private String redacted() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
