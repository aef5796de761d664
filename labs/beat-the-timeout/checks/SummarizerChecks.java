import dojo.grader.api.Check;
import dojo.grader.api.CheckKind;
import dojo.grader.api.Deployment;
import dojo.grader.api.Expect;
import dojo.grader.api.Invocation;
import dojo.grader.api.Submission;

/** Checks of lab beat-the-timeout: a batch summary that streams, stops in time, and resumes. */
class SummarizerChecks {
    static final String TOTALS_HINT = "Count every reading once: add this invocation's counts to the totals the event "
            + "carries (readings, alerts, maxCelsius), and return them with the line to resume from.";

    @Check(order = 1, kind = CheckKind.CORRECTNESS, points = 2, title = "Summarizes a small object")
    void summarizesASmallObject(Submission submission) {
        Invocation small = runToTheEnd(submission.deploy(), submission.event("small"), 3);
        Expect.jsonField(small, "/readings", 10_000, "Count every line of the object: each one is a reading.");
        Expect.jsonField(small, "/alerts", 1_969, "An alert is a reading of 30.0 °C or more (the third field of a line).");
        Expect.jsonField(small, "/maxCelsius", 39.9, "maxCelsius is the highest reading in the object.");
    }

    @Check(order = 2, kind = CheckKind.CORRECTNESS, points = 2, title = "Resumes from a checkpoint with its totals")
    void resumesFromACheckpoint(Submission submission) {
        Invocation last = runToTheEnd(submission.deploy(), "{\"object\": \"readings-slow.csv\", \"fromLine\": 95000, "
                + "\"readings\": 95000, \"alerts\": 18979, \"maxCelsius\": 39.9, \"done\": false}", 3);
        Expect.jsonField(last, "/readings", 100_000, TOTALS_HINT);
        Expect.jsonField(last, "/alerts", 19_953, TOTALS_HINT);
        Expect.jsonField(last, "/fromLine", 100_000, "When done, fromLine is the object's line count.");
    }

    @Check(order = 3, kind = CheckKind.TIMEOUT, points = 3,
            title = "Stops before its 4 s timeout and finishes a slow object over several invocations")
    void checkpointsBeforeTheTimeout(Submission submission) {
        Invocation last = runToTheEnd(submission.deploy(), submission.event("slow"), 12);
        Expect.jsonField(last, "/readings", 100_000, TOTALS_HINT);
        Expect.jsonField(last, "/alerts", 19_953, TOTALS_HINT);
        Expect.jsonField(last, "/maxCelsius", 39.9, TOTALS_HINT);
    }

    @Check(order = 4, kind = CheckKind.MEMORY, points = 3,
            title = "Streams a 304 MB object with 256 MB of memory, using at most 128 MB")
    void streamsALargeObject(Submission submission) {
        Deployment roomy = submission.deploy(submission.settings().withTimeout(120));
        Invocation last = runToTheEnd(roomy, submission.event("large"), 5);
        Expect.jsonField(last, "/readings", 75_000, TOTALS_HINT);
        Expect.jsonField(last, "/alerts", 15_012, TOTALS_HINT);
        Expect.atMost("Max Memory Used", last.maxMemoryUsedMb(), 128, "MB", "Hold one line at a time: read with a "
                + "BufferedReader and keep only the totals. Anything that keeps lines around grows with the object.");
    }

    /**
     * Invokes with {@code event}, then with each checkpoint the handler returns, until it says it
     * is done; every invocation must return in time, and each must make progress.
     */
    private static Invocation runToTheEnd(Deployment job, String event, int maxInvocations) {
        long previous = -1;
        for (int i = 1; i <= maxInvocations; i++) {
            Invocation step = job.invoke(event);
            Expect.succeeded(step, step.timedOut() ? "Check context.getRemainingTimeInMillis() as you read, and when "
                    + "less than a second is left stop, and return {\"done\": false} with the next line to read and the "
                    + "totals so far: the caller invokes you again with that." : null);
            if (step.json().path("done").asBoolean(false)) {
                return step;
            }
            long line = step.json().path("fromLine").asLong(-1);
            Expect.that(line > previous, "each checkpoint to resume further into the object than the last",
                    "fromLine " + line + " after " + previous, "Return the line the next invocation should start at.");
            previous = line;
            event = step.response();
        }
        throw new dojo.grader.api.CheckFailure("the job to be done within " + maxInvocations + " invocations",
                "still not done after " + maxInvocations, "Read as much as the time allows in each invocation, "
                        + "resume from the line you returned, and say done at the end of the object.");
    }
}
