package dojo.grader.api;

import dojo.grader.lab.Lab;
import java.util.Map;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;

/**
 * The learner's submission as a check sees it: compiled, packaged, ready to deploy into the
 * grade's own account. The parameter of every {@link Check} method.
 */
public final class Submission {
    private final GradingRun run;

    Submission(GradingRun run) {
        this.run = run;
    }

    /** The lab's function settings (front matter memory and timeout, no variables). */
    public Settings settings() {
        return labSettings(run.lab());
    }

    /**
     * The submission deployed with the lab's settings. Every check of a grade gets the same
     * function, so warm environments carry over from check to check, as they would on Lambda.
     */
    public Deployment deploy() {
        return run.shared();
    }

    /** A new function of the submission with {@code settings}, fresh environments only. */
    public Deployment deploy(Settings settings) {
        return run.deploy(settings);
    }

    /**
     * A cold start, now, of a handler that does nothing, with the lab's settings: the yardstick
     * for INIT budgets, so that they hold on a busy machine as on an idle one.
     */
    public Invocation baselineColdStart() {
        return run.baselineColdStart(settings());
    }

    /**
     * An AWS SDK client of the engine's services (tables, queues), signed as the grade's account:
     * the account the submission runs in. For example
     * {@code submission.client(DynamoDbClient.builder())}. The grader closes it after the grade.
     */
    public <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C extends SdkClient> C client(B builder) {
        return run.client(builder);
    }

    /** The lab's sample event {@code events/<name>.json}. */
    public String event(String name) {
        Map<String, String> events = run.lab().events();
        String event = events.get(name);
        if (event == null) {
            throw new IllegalArgumentException("Expected a sample event '" + name + "' in " + run.lab().dir().resolve("events")
                    + ", found only " + events.keySet());
        }
        return event;
    }

    public String labId() {
        return run.lab().id();
    }

    static Settings labSettings(Lab lab) {
        return new Settings(lab.settings().memoryMb(), lab.settings().timeoutSeconds(), Map.of());
    }
}
