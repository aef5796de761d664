package dojo.grader.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Assertions for checks. Each failure is a {@link CheckFailure} worded for the learner:
 * expected, got, and the {@code hint} (what to try). Assertions about a response first expect
 * the invocation to have succeeded, so a crash is reported as a crash, not as a wrong field.
 */
public final class Expect {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Expect() {}

    /** The invocation returned a response (no error, timeout, crash or failed INIT). */
    public static void succeeded(Invocation invocation) {
        succeeded(invocation, null);
    }

    /** As {@link #succeeded(Invocation)}, with {@code hint} instead of the outcome's usual advice. */
    public static void succeeded(Invocation invocation, String hint) {
        if (!invocation.succeeded()) {
            Outcomes.Explanation why = Outcomes.explain(invocation);
            throw new CheckFailure("the invocation to return a response", why.got(), hint == null ? why.hint() : hint);
        }
    }

    /** The response is this JSON (same fields and values, in any order; 2 equals 2.0). */
    public static void jsonEquals(Invocation invocation, String expectedJson, String hint) {
        succeeded(invocation);
        JsonNode expected = parse(expectedJson);
        JsonNode got = invocation.json();
        if (!JsonCompare.same(expected, got)) {
            throw new CheckFailure(expected.toString(), Text.clip(got.toString(), 500), hint);
        }
    }

    /** The response's field at a JSON pointer (e.g. {@code /greeting}) equals {@code expected}. */
    public static void jsonField(Invocation invocation, String pointer, Object expected, String hint) {
        succeeded(invocation);
        JsonNode got = invocation.json().at(pointer);
        JsonNode want = JSON.valueToTree(expected);
        if (got.isMissingNode()) {
            throw new CheckFailure("a field " + pointer + " equal to " + want, "no field " + pointer + " in "
                    + Text.clip(invocation.response(), 300), hint);
        }
        if (!JsonCompare.same(want, got)) {
            throw new CheckFailure(pointer + " = " + want, pointer + " = " + Text.clip(got.toString(), 300), hint);
        }
    }

    /** The whole response text matches the regular expression. */
    public static void responseMatches(Invocation invocation, String regex, String hint) {
        succeeded(invocation);
        if (!Pattern.compile(regex, Pattern.DOTALL).matcher(invocation.response()).matches()) {
            throw new CheckFailure("a response matching " + regex, Text.clip(invocation.response(), 300), hint);
        }
    }

    /**
     * The handler's own log output contains {@code text}. A line the engine stores late or files
     * under a neighbouring invocation (up to a second after this one) counts, so make
     * {@code text} something only this invocation logs.
     */
    public static void logContains(Invocation invocation, String text, String hint) {
        if (!invocation.output().contains(text) && !eventuallyLogged(invocation, text)) {
            throw new CheckFailure("a log line containing \"" + text + "\"", invocation.output().isBlank()
                    ? "nothing logged by the handler" : "the log:\n" + Text.tail(invocation.output(), 600), hint);
        }
    }

    /** A measured figure stays at or under its budget, e.g. {@code atMost("Max Memory Used", 180, 150, "MB", hint)}. */
    public static void atMost(String figure, double actual, double budget, String unit, String hint) {
        if (actual > budget) {
            throw new CheckFailure(figure + " at most " + number(budget) + " " + unit, figure + " " + number(actual) + " " + unit,
                    hint);
        }
    }

    /** Every invocation succeeded with the same response as the first. */
    public static void sameResponses(List<Invocation> invocations, String hint) {
        Invocation first = invocations.get(0);
        for (Invocation other : invocations) {
            succeeded(other);
            if (!first.response().equals(other.response())) {
                throw new CheckFailure("the same response every time: " + Text.clip(first.response(), 200),
                        Text.clip(other.response(), 200) + " from invocation " + (invocations.indexOf(other) + 1) + " of "
                                + invocations.size() + (other.coldStart() ? " (a new environment)" : " (a warm environment)"),
                        hint);
            }
        }
    }

    /**
     * Delivering an event again (in turn, at once, after a timeout) had exactly the side effects
     * of delivering it once; the failure shows both diffs.
     */
    public static void sameSideEffects(Diff once, Diff repeated, String hint) {
        if (!once.equals(repeated)) {
            throw new CheckFailure("the side effects of one delivery:\n" + once.render(),
                    "after the repeated delivery:\n" + repeated.render(), hint);
        }
    }

    /** A condition the check states in its own words. */
    public static void that(boolean condition, String expected, String got, String hint) {
        if (!condition) {
            throw new CheckFailure(expected, got, hint);
        }
    }

    private static boolean eventuallyLogged(Invocation invocation, String text) {
        long until = System.nanoTime() + 1_000_000_000L;
        do {
            if (invocation.functionOutput().contains(text)) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < until);
        return false;
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The check's expected JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
