package dojo.course;

import java.time.InstantSource;

/** {@code java -jar course-server.jar --port 7070 --data DIR --content content}; see {@link ServerConfig#HELP}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.print(ServerConfig.HELP);
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        CourseServer server = CourseServer.start(config, InstantSource.system());
        String shown = config.host().equals("0.0.0.0") || config.host().equals("127.0.0.1") ? "localhost" : config.host();
        System.out.println("Lambda Dojo course on http://" + shown + ":" + server.port());
        System.out.flush();
        server.logWarnings();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "course-shutdown"));
    }
}
