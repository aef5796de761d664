package dojo.lambda.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fires scheduled rules. {@link #tick} sends every occurrence that has come due by {@code now}
 * to the rule's targets, then moves the rule to its next fire time. The engine calls it about
 * once a second with the real time; tests call it with whatever instant they like, so a rule
 * that fires daily is tested without waiting a day. Occurrences missed while the engine was
 * stopped are not sent (the next fire time is computed afresh at start), and one tick sends at
 * most {@value #MAX_CATCH_UP} occurrences of a rule, skipping older ones.
 *
 * <p>Thread-safe: ticks and rule changes are serialised.
 */
public final class Scheduler {
    static final int MAX_CATCH_UP = 60;
    /** Marks a rule that never fires again, so it is not searched on every tick. */
    private static final Instant NEVER = Instant.MAX;

    private final RuleStore rules;
    private final TargetInvoker targets;
    private final Map<String, Instant> next = new HashMap<>();

    Scheduler(RuleStore rules, TargetInvoker targets) {
        this.rules = rules;
        this.targets = targets;
    }

    /** When the account's rule fires next, or empty when it is disabled, unknown or never fires again. */
    public synchronized Optional<Instant> nextFire(String accountId, String ruleName) {
        Instant due = next.get(key(accountId, ruleName));
        return due == null || due.equals(NEVER) ? Optional.empty() : Optional.of(due);
    }

    /** Sends every occurrence due at or before {@code now}; returns how many events went to targets. */
    public synchronized int tick(Instant now) {
        int sent = 0;
        Set<String> live = new HashSet<>();
        for (Rule rule : rules.all()) {
            String key = key(rule.accountId(), rule.name());
            if (rule.state() != RuleState.ENABLED) {
                continue;
            }
            live.add(key);
            if (!next.containsKey(key)) {
                schedule(rule, now);
                continue;
            }
            int fired = 0;
            Instant due = next.get(key);
            while (!due.isAfter(now) && fired < MAX_CATCH_UP) {
                sent += fire(rule, due);
                fired++;
                due = rule.schedule().nextFire(due, rule.createdAt()).orElse(NEVER);
            }
            if (!due.isAfter(now)) {
                due = rule.schedule().nextFire(now, rule.createdAt()).orElse(NEVER);
            }
            next.put(key, due);
        }
        next.keySet().retainAll(live);
        return sent;
    }

    /** Computes afresh when {@code rule} fires after {@code now}: it was created, changed, enabled or loaded. */
    synchronized void schedule(Rule rule, Instant now) {
        String key = key(rule.accountId(), rule.name());
        if (rule.state() == RuleState.ENABLED) {
            next.put(key, rule.schedule().nextFire(now, rule.createdAt()).orElse(NEVER));
        } else {
            next.remove(key);
        }
    }

    synchronized void forget(String accountId, String ruleName) {
        next.remove(key(accountId, ruleName));
    }

    /** Starts every stored rule from {@code now}. */
    synchronized void start(Instant now) {
        rules.all().forEach(rule -> schedule(rule, now));
    }

    private int fire(Rule rule, Instant due) {
        int sent = 0;
        for (Target target : rule.targets()) {
            byte[] event = target.input() != null ? target.input().getBytes(StandardCharsets.UTF_8) : ScheduledEventJson.of(rule, due);
            try {
                targets.invoke(rule.accountId(), target.arn(), event);
                sent++;
            } catch (RuntimeException e) {
                // AWS counts a failed delivery (FailedInvocations) and goes on with the other targets
            }
        }
        return sent;
    }

    private static String key(String accountId, String ruleName) {
        return accountId + "/" + ruleName;
    }
}
