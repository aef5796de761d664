package dojo.grader.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.invoke.InvokeResult;
import dojo.lambda.invoke.Outcome;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One finished invocation of a deployed submission: the event, the response or error, the
 * REPORT figures and the invocation's log. Immutable.
 */
public final class Invocation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String event;
    private final InvokeResult result;
    private final Supplier<String> functionLog;

    /** @param functionLog reads the whole log of the function as the log store holds it now */
    Invocation(String event, InvokeResult result, Supplier<String> functionLog) {
        this.event = Objects.requireNonNull(event, "event");
        this.result = Objects.requireNonNull(result, "result");
        this.functionLog = Objects.requireNonNull(functionLog, "functionLog");
    }

    public String event() {
        return event;
    }

    /** The response body, or the error JSON when the invocation failed. */
    public String response() {
        return result.payloadAsString();
    }

    /** The response as JSON; a failed {@link Expect} when it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(response());
        } catch (JsonProcessingException e) {
            throw new CheckFailure("a JSON response", Text.clip(response(), 300),
                    "Return an object (a Map, a record or a class with getters) so the runtime serializes it as JSON.");
        }
    }

    public Outcome outcome() {
        return result.outcome();
    }

    public boolean succeeded() {
        return result.outcome() == Outcome.SUCCESS;
    }

    public boolean timedOut() {
        return result.outcome() == Outcome.TIMEOUT;
    }

    /** The error type (e.g. {@code java.lang.IllegalStateException}), or null on success. */
    public String errorType() {
        return result.errorType();
    }

    /** The error's message from the error JSON, or "" when there is none. */
    public String errorMessage() {
        try {
            JsonNode error = JSON.readTree(response());
            return error.path("errorMessage").asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    public String requestId() {
        return result.requestId();
    }

    public double durationMs() {
        return result.durationMs();
    }

    public long billedMs() {
        return result.billedDurationMs();
    }

    /** The INIT phase of a cold start, 0 when warm. */
    public double initDurationMs() {
        return result.initDurationMs();
    }

    public int memorySizeMb() {
        return result.memorySizeMb();
    }

    public long maxMemoryUsedMb() {
        return result.maxMemoryUsedMb();
    }

    public boolean coldStart() {
        return result.coldStart();
    }

    public String environmentId() {
        return result.environmentId();
    }

    /** GB-seconds billed for this invocation: memory in GB times billed seconds. */
    public BigDecimal gbSeconds() {
        return BigDecimal.valueOf(result.memorySizeMb()).multiply(BigDecimal.valueOf(result.billedDurationMs()))
                .divide(BigDecimal.valueOf(1024L * 1000L), MathContext.DECIMAL64);
    }

    /** The invocation's whole log, START to REPORT. */
    public String log() {
        return result.log();
    }

    /** What the handler itself logged: the log without the START, END and REPORT lines. */
    public String output() {
        return withoutPlatformLines(result.log());
    }

    private static String withoutPlatformLines(String log) {
        return log.lines().filter(l -> !l.startsWith("START RequestId:") && !l.startsWith("END RequestId:")
                && !l.startsWith("REPORT RequestId:")).collect(Collectors.joining("\n"));
    }

    /**
     * Everything the function's handlers logged, as the log store holds it now. Under load the
     * engine's log pump can run behind: a line it reads after the invocation ended is stored
     * late, or filed under no invocation or the next one, but it is in here.
     */
    String functionOutput() {
        return withoutPlatformLines(functionLog.get());
    }

    /** The REPORT line, or "" when the log has none. */
    public String reportLine() {
        return result.log().lines().filter(l -> l.startsWith("REPORT RequestId:")).reduce((a, b) -> b).orElse("");
    }

    @Override
    public String toString() {
        return "Invocation[" + result.requestId() + " " + result.outcome() + "]";
    }
}
