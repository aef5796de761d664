package dojo.grader;

import dojo.grader.compile.Layer;
import dojo.grader.lab.Lab;
import dojo.grader.lab.LabCatalog;
import dojo.grader.report.GradeReport;
import dojo.lambda.Engine;
import dojo.lambda.EngineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grading time, end to end (compile, deploy, every check), of a lab's reference solution in one
 * warm grader: {@code runs} grades one after another (p50, p90, max), then {@code concurrent}
 * grades submitted at once (time until all are graded, and how many passed).
 *
 * <pre>java -cp graders/target/grader.jar dojo.grader.GradingBenchmark labs first-handler 5 20</pre>
 */
public final class GradingBenchmark {
    private GradingBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path labsDir = Path.of(args.length > 0 ? args[0] : "labs");
        String labId = args.length > 1 ? args[1] : "first-handler";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int concurrent = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path scratch = Files.createTempDirectory("dojo-grader-bench");
        Layer layer = Layer.extract(scratch.resolve("layer"));
        LabCatalog labs = LabCatalog.load(labsDir, layer.clients());
        Lab lab = labs.require(labId);
        Engine engine = Engine.start(EngineConfig.defaults(scratch.resolve("engine")).withPort(0).withDefaultAccount(false));
        try {
            Grader grader = new Grader(engine, labs, layer, scratch.resolve("work"), InstantSource.system());
            grader.grade(lab, lab.solutionDir());
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                GradeReport r = grader.grade(lab, lab.solutionDir());
                seconds[i] = r.millis() / 1000.0;
                System.out.printf(Locale.ROOT, "sequential %d: %.1f s %s%n", i + 1, seconds[i], r.status());
            }
            Arrays.sort(seconds);
            System.out.printf(Locale.ROOT, "%s sequential: p50 %.1f s, p90 %.1f s, max %.1f s over %d grades%n", labId,
                    seconds[runs / 2], seconds[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)], seconds[runs - 1], runs);
            if (concurrent > 0) {
                ExecutorService pool = Executors.newFixedThreadPool(concurrent);
                long started = System.nanoTime();
                List<Future<GradeReport>> futures = new ArrayList<>();
                for (int i = 0; i < concurrent; i++) {
                    futures.add(pool.submit(() -> grader.grade(lab, lab.solutionDir())));
                }
                int passed = 0;
                java.util.Map<String, Integer> failed = new java.util.TreeMap<>();
                for (Future<GradeReport> f : futures) {
                    GradeReport r = f.get();
                    passed += r.status() == dojo.grader.report.GradeStatus.PASS ? 1 : 0;
                    r.checks().stream().filter(c -> !c.passed()).forEach(c -> failed.merge(c.id(), 1, Integer::sum));
                    r.firstFailure().ifPresent(c -> System.out.println("failed " + c.id() + ": "
                            + c.message().lines().limit(2).reduce("", (a, b) -> a + " " + b)));
                }
                System.out.println("checks failed: " + failed);
                pool.shutdown();
                System.out.printf(Locale.ROOT, "%s concurrent: %d grades submitted at once, all graded in %.1f s, %d passed%n",
                        labId, concurrent, (System.nanoTime() - started) / 1e9, passed);
            }
        } finally {
            Shutdown.within(engine, Duration.ofSeconds(30));
            Folders.delete(scratch);
        }
    }
}
