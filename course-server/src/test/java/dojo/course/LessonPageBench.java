package dojo.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lesson page load: 50 concurrent readers (each its own guest session) fetch a lesson of the real
 * content/ over HTTP; prints p50/p95/p99/max of the server time (the Server-Timing header: the handlers'
 * time) and of the round trip (which adds queueing when client and server share the cores).
 * Run (see the README): {@code java -cp "$(cat course-server/target/test-classpath.txt):course-server/target/classes:course-server/target/test-classes"
 * dojo.course.LessonPageBench [content-dir] [readers] [requests-per-reader]} (see the README).
 */
public final class LessonPageBench {
    private LessonPageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        int readers = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int perReader = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path data = Files.createTempDirectory("lesson-bench");
        try (CourseServer server = CourseServer.start(TestServers.config(data, content), InstantSource.system())) {
            String slug = server.content().course().lessons().get(0).slug();
            String path = "/lessons/" + slug;
            Browser warm = new Browser(server.port());
            for (int i = 0; i < 300; i++) {
                check(warm.get(path).statusCode(), path);
            }
            ExecutorService pool = Executors.newFixedThreadPool(readers);
            List<Future<long[]>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int r = 0; r < readers; r++) {
                futures.add(pool.submit(() -> {
                    Browser reader = new Browser(server.port());
                    long[] nanos = new long[2 * perReader];
                    for (int i = 0; i < perReader; i++) {
                        long t = System.nanoTime();
                        var response = reader.get(path);
                        nanos[i] = System.nanoTime() - t;
                        check(response.statusCode(), path);
                        String timing = response.headers().firstValue("Server-Timing").orElseThrow();
                        nanos[perReader + i] = (long) (Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)) * 1e6);
                    }
                    return nanos;
                }));
            }
            long[] all = new long[readers * perReader];
            long[] handler = new long[readers * perReader];
            int n = 0;
            for (Future<long[]> f : futures) {
                long[] part = f.get();
                System.arraycopy(part, 0, all, n, perReader);
                System.arraycopy(part, perReader, handler, n, perReader);
                n += perReader;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Arrays.sort(all);
            Arrays.sort(handler);
            System.out.printf("lesson page %s: %d readers x %d requests in %.1f s (%.0f req/s)%n", path, readers, perReader,
                    seconds, all.length / seconds);
            System.out.printf("round trip ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n", ms(all, 0.50), ms(all, 0.95),
                    ms(all, 0.99), all[all.length - 1] / 1e6);
            System.out.printf("server time (Server-Timing) ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n", ms(handler, 0.50),
                    ms(handler, 0.95), ms(handler, 0.99), handler[handler.length - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static void check(int status, String path) {
        if (status != 200) {
            throw new IllegalStateException("Expected 200 from " + path + ", found " + status);
        }
    }
}
