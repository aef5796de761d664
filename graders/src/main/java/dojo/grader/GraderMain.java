package dojo.grader;

import dojo.grader.compile.Layer;
import dojo.grader.lab.Lab;
import dojo.grader.lab.LabCatalog;
import dojo.grader.lab.LabProblem;
import dojo.grader.report.ExercismReport;
import dojo.grader.report.GradeReport;
import dojo.grader.report.GradescopeReport;
import dojo.grader.report.TextReport;
import dojo.lambda.Engine;
import dojo.lambda.EngineConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/** {@code java -jar grader.jar}: grades one submission with an embedded engine; see {@link GraderOptions#usage()}. */
public final class GraderMain {
    private GraderMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit status (0 graded or listed, 2 bad usage or unknown lab, 1 failure). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        GraderOptions options;
        try {
            options = GraderOptions.parse(args);
        } catch (GraderOptions.UsageException e) {
            err.println("grader: " + e.getMessage());
            err.println();
            err.println(GraderOptions.usage());
            return 2;
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("dojo-grader");
            Layer layer = Layer.extract(scratch.resolve("layer"));
            LabCatalog labs;
            try {
                labs = LabCatalog.load(options.labs(), layer.clients());
            } catch (IllegalArgumentException e) {
                err.println("grader: " + e.getMessage());
                return 2;
            }
            for (LabProblem p : labs.problems()) {
                err.println("grader: lab " + p.labId() + " did not load: " + p);
            }
            if (options.list()) {
                for (Lab lab : labs.labs().values()) {
                    out.println(lab.id() + "\t" + lab.title() + "\t(lesson " + lab.lesson() + ")");
                }
                return 0;
            }
            Lab lab;
            try {
                lab = labs.require(options.lab());
            } catch (IllegalArgumentException e) {
                err.println("grader: " + e.getMessage());
                return 2;
            }
            if (!Files.exists(options.submission())) {
                err.println("grader: expected a submission (a .java file or a folder) at " + options.submission()
                        + ", found nothing there.");
                return 2;
            }
            GradeReport report = grade(lab, labs, layer, options, scratch, err);
            write(render(report, options), options, out);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("grader: could not grade: " + e);
            return 1;
        } finally {
            if (scratch != null) {
                Folders.delete(scratch);
            }
        }
    }

    private static GradeReport grade(Lab lab, LabCatalog labs, Layer layer, GraderOptions options, Path scratch,
            PrintStream err) throws IOException {
        EngineConfig config = EngineConfig.defaults(scratch.resolve("engine")).withPort(0).withDefaultAccount(false)
                .withIdleTimeout(Duration.ofMinutes(2));
        Engine engine = Engine.start(config);
        try {
            Grader grader = new Grader(engine, labs, layer, scratch.resolve("work"), InstantSource.system());
            GradeReport report = grader.grade(lab, options.submission());
            if (options.due() != null) {
                report = new GradeReport(report.labId(), report.labTitle(), report.status(), report.message(),
                        report.compileErrors(), report.checks(), options.due(), report.millis());
            }
            return report;
        } finally {
            if (!Shutdown.within(engine, Duration.ofSeconds(15))) {
                err.println("grader: the engine did not stop within 15 s (an environment is stuck); exiting anyway");
            }
        }
    }

    private static String render(GradeReport report, GraderOptions options) {
        return switch (options.format()) {
            case "exercism" -> ExercismReport.render(report.visibleAt(InstantSource.system().instant()));
            case "gradescope" -> GradescopeReport.render(report);
            default -> TextReport.render(report.visibleAt(InstantSource.system().instant()));
        };
    }

    private static void write(String text, GraderOptions options, PrintStream out) throws IOException {
        if (options.out() == null) {
            out.print(text);
            out.flush();
        } else {
            Files.writeString(options.out(), text, StandardCharsets.UTF_8);
        }
    }
}
