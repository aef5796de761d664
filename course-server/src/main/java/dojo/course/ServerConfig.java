package dojo.course;

import dojo.course.cell.CellLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the course server is configured with, read once from the command line.
 *
 * @param jdbcUrl a JDBC URL (PostgreSQL) or null for the SQLite file {@code dataDir/course.db}
 * @param secureCookies whether the session cookie is marked Secure (browsers send it only over
 *     HTTPS or to localhost)
 * @param passwordIterations PBKDF2 iterations for new password hashes
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        Path contentDir,
        Path labsDir,
        String jdbcUrl,
        CellLimits cellLimits,
        boolean unsafeNoSandbox,
        boolean secureCookies,
        int passwordIterations) {

    public static final String HELP = """
            Usage: java -jar course-server.jar [options]

            Serves the Lambda Dojo course: lessons from content/, runnable Java cells, quizzes,
            labs from labs/ (Run and Submit on an embedded mini-lambda engine), accounts and progress.

              --port N            port to listen on (default 7070; 0 picks a free port)
              --host ADDRESS      address to bind (default 127.0.0.1; 0.0.0.0 for every interface)
              --data DIR          data directory: SQLite database, cell agent, engine, grader work
                                  (default data)
              --content DIR       the lessons folder with course.yml (default content)
              --labs DIR          the labs folder: lab pages, Run and Submit (default labs)
              --jdbc-url URL      use this database instead of DIR/course.db, e.g.
                                  jdbc:postgresql://db/dojo?user=dojo&password=secret
              --cell-timeout S    wall-clock seconds one cell run may take (default 5)
              --max-cell-sessions N
                                  Java cell sessions (one JVM each) kept at once (default 16)
              --insecure-cookies  do not mark the session cookie Secure: only for plain HTTP on a
                                  network address (browsers accept Secure cookies on localhost)
              --unsafe-no-sandbox run Java cells without bubblewrap when it is missing: learners'
                                  code can then read this machine's files. Never on a shared host
              --help              show this help
            """;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(labsDir, "labsDir");
        Objects.requireNonNull(cellLimits, "cellLimits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Expected --port between 0 and 65535, found " + port);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 7070, Path.of("data"), Path.of("content"), Path.of("labs"), null,
                CellLimits.defaults(), false, true, dojo.course.account.PasswordHash.RECOMMENDED_ITERATIONS);
    }

    /** Reads the command line; {@link IllegalArgumentException} says which option is wrong and why. */
    public static ServerConfig parse(String... args) {
        ServerConfig d = defaults();
        String host = d.host();
        int port = d.port();
        Path data = d.dataDir();
        Path content = d.contentDir();
        Path labs = d.labsDir();
        String jdbc = null;
        CellLimits l = d.cellLimits();
        Duration cellTimeout = l.wallClockPerRun();
        int cellSessions = l.maxSessions();
        boolean unsafe = false;
        boolean secure = true;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--insecure-cookies")) {
                secure = false;
                continue;
            }
            if (option.equals("--unsafe-no-sandbox")) {
                unsafe = true;
                continue;
            }
            if (i + 1 >= args.length || !option.startsWith("--")) {
                throw new IllegalArgumentException(option.startsWith("--") && VALUED.contains(option)
                        ? "Expected a value after " + option + ", found the end of the command line"
                        : "Unknown option '" + option + "'; run with --help to see the options");
            }
            String v = args[++i];
            switch (option) {
                case "--port" -> port = number(option, v);
                case "--host" -> host = v;
                case "--data" -> data = Path.of(v);
                case "--content" -> content = Path.of(v);
                case "--labs" -> labs = Path.of(v);
                case "--jdbc-url" -> jdbc = v;
                case "--cell-timeout" -> cellTimeout = Duration.ofSeconds(number(option, v));
                case "--max-cell-sessions" -> cellSessions = number(option, v);
                default -> throw new IllegalArgumentException("Unknown option '" + option + "'; run with --help to see the options");
            }
        }
        CellLimits limits = new CellLimits(cellTimeout, l.cpuSecondsPerSession(), l.heapMb(), l.tmpMb(), cellSessions,
                l.maxConcurrentRuns(), l.idleSessionTimeout(), l.maxCellChars());
        return new ServerConfig(host, port, data, content, labs, jdbc, limits, unsafe, secure, d.passwordIterations());
    }

    private static final java.util.Set<String> VALUED = java.util.Set.of("--port", "--host", "--data", "--content", "--labs",
            "--jdbc-url", "--cell-timeout", "--max-cell-sessions");

    /** The same configuration with other cell limits and PBKDF2 iterations (tests use fewer of both). */
    public ServerConfig with(CellLimits limits, int iterations) {
        return new ServerConfig(host, port, dataDir, contentDir, labsDir, jdbcUrl, limits, unsafeNoSandbox, secureCookies, iterations);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected a whole number after " + option + ", found '" + value + "'");
        }
    }
}
