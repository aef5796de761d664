import dojo.grader.api.Check;
import dojo.grader.api.CheckKind;
import dojo.grader.api.Deployment;
import dojo.grader.api.Expect;
import dojo.grader.api.Invocation;
import dojo.grader.api.Submission;
import dojo.grader.api.Usage;
import dojo.grader.api.Visibility;
import java.util.ArrayList;
import java.util.List;

/** Checks of lab first-handler: a greeting handler, its log line, statelessness, INIT and cost. */
class GreeterChecks {
    @Check(order = 1, kind = CheckKind.CORRECTNESS, points = 2, title = "Greets the caller by name")
    void greetsByName(Submission submission) {
        Invocation ada = submission.deploy().invoke(submission.event("ada"));
        Expect.jsonField(ada, "/greeting", "Hello, Ada!",
                "Read the event's \"name\" field and return {\"greeting\": \"Hello, \" + name + \"!\"}.");
    }

    @Check(order = 2, kind = CheckKind.CORRECTNESS, title = "Greets the world when no name is given")
    void greetsTheWorldWithoutAName(Submission submission) {
        Deployment greeter = submission.deploy();
        Expect.jsonField(greeter.invoke(submission.event("no-name")), "/greeting", "Hello, world!",
                "When the event has no \"name\" field, greet \"world\". Compute the name from this event only.");
        Expect.jsonField(greeter.invoke("{\"name\": \"   \"}"), "/greeting", "Hello, world!",
                "A name made only of spaces is blank: greet \"world\" then too (String.isBlank()).");
    }

    @Check(order = 3, kind = CheckKind.CORRECTNESS, title = "Reports the memory setting from the context")
    void reportsTheMemoryLimitFromTheContext(Submission submission) {
        Deployment bigger = submission.deploy(submission.settings().withMemory(384));
        Expect.jsonField(bigger.invoke(submission.event("ada")), "/memoryLimitMb", 384,
                "Deployed with 384 MB the handler must say 384: use context.getMemoryLimitInMB() instead of a number.");
    }

    @Check(order = 4, kind = CheckKind.CORRECTNESS, title = "Logs each greeting")
    void logsEachGreeting(Submission submission) {
        Invocation logan = submission.deploy().invoke("{\"name\": \"Logan\"}");
        Expect.succeeded(logan);
        Expect.logContains(logan, "Greeted Logan", "Log one line per invocation: System.out.println(\"Greeted \" + name), "
                + "or context.getLogger().log(...) with a \"\\n\" at the end.");
    }

    @Check(order = 5, kind = CheckKind.STATELESSNESS, points = 2, title = "Answers the same in every environment")
    void answersTheSameInEveryEnvironment(Submission submission) {
        Deployment greeter = submission.deploy();
        String ada = submission.event("ada");
        List<Invocation> answers = new ArrayList<>();
        answers.add(greeter.invoke(ada));
        answers.add(greeter.invoke(ada));
        greeter.recycle();
        answers.addAll(greeter.invokeConcurrently(List.of(ada, ada)));
        Expect.sameResponses(answers, "The same event must get the same answer whichever environment serves it. A static "
                + "field keeps its value only inside one warm environment: compute the answer from the event alone.");
    }

    @Check(order = 6, kind = CheckKind.COLD_START, title = "Starts cold at most 2 seconds slower than an empty handler")
    void startsColdQuickly(Submission submission) {
        Deployment greeter = submission.deploy();
        greeter.recycle();
        Invocation cold = greeter.invoke(submission.event("ada"));
        Expect.succeeded(cold);
        Invocation empty = submission.baselineColdStart();
        Expect.atMost("Init Duration beyond an empty handler's (" + Math.round(empty.initDurationMs()) + " ms)",
                cold.initDurationMs() - empty.initDurationMs(), 2000, "ms", "Everything in static fields and static blocks "
                        + "runs during INIT, on every cold start, and INIT is billed. Do only what the handler needs there, "
                        + "and nothing slow.");
    }

    @Check(order = 7, kind = CheckKind.COST, title = "Five warm greetings cost under 0.25 GB-seconds")
    void warmGreetingsCostLittle(Submission submission) {
        Deployment greeter = submission.deploy();
        String ada = submission.event("ada");
        Expect.succeeded(greeter.invoke(ada));
        Usage before = greeter.usage();
        for (int i = 0; i < 5; i++) {
            Expect.succeeded(greeter.invoke(ada));
        }
        Usage warm = greeter.usage().since(before);
        Expect.atMost("GB-seconds for 5 warm invocations", warm.gbSeconds().doubleValue(), 0.25, "GB-s", "You pay for "
                + "every millisecond a warm invocation runs (billed " + warm.billedMs() + " ms here). Do slow set-up "
                + "once, in a static field or the constructor, and keep handleRequest to the work of this event.");
    }

    @Check(order = 8, kind = CheckKind.CORRECTNESS, title = "Trims spaces around the name", visibility = Visibility.AFTER_DUE_DATE)
    void trimsSpacesAroundTheName(Submission submission) {
        Expect.jsonField(submission.deploy().invoke(submission.event("spaces")), "/greeting", "Hello, Grace!",
                "Remove the spaces around the name with strip() before you use it.");
    }
}
