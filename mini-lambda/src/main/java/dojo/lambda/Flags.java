package dojo.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the command line into an {@link EngineConfig}; every mistake is a {@link BadFlag}. */
final class Flags {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private Flags() {}

    static EngineConfig parse(List<String> args) {
        Path data = null;
        EngineConfig c = EngineConfig.defaults(Path.of("data"));
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--port" -> c = c.withPort(integer(a, value(args, ++i, a), 0, 65535));
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--idle-timeout" -> c = c.withIdleTimeout(duration(a, value(args, ++i, a)));
                case "--account-concurrency" -> c = c.withAccountConcurrency(integer(a, value(args, ++i, a), 1, 100_000));
                case "--async-retry-delays" -> {
                    List<Duration> delays = new ArrayList<>();
                    for (String d : value(args, ++i, a).split(",")) {
                        delays.add(duration(a, d.trim()));
                    }
                    if (delays.size() != 2) {
                        throw new BadFlag(a + " expects two durations such as 1m,2m (AWS retries twice); got " + args.get(i));
                    }
                    c = c.withAsyncRetryDelays(delays);
                }
                case "--max-event-age" -> {
                    Duration age = duration(a, value(args, ++i, a));
                    c = new EngineConfig(c.host(), c.port(), c.dataDir(), c.idleTimeout(), c.accountConcurrency(),
                            c.unsafeNoSandbox(), c.defaultAccount(), c.asyncRetryDelays(), age, c.maxLogBytesPerInvocation());
                }
                case "--no-default-account" -> c = c.withDefaultAccount(false);
                case "--unsafe-no-sandbox" -> c = c.withUnsafeNoSandbox(true);
                default -> throw new BadFlag("Unknown option '" + a + "'. Run with --help to see every option.");
            }
        }
        if (data == null) {
            throw new BadFlag("--data DIR is required: the directory where functions, code, logs and accounts are kept.");
        }
        return new EngineConfig(c.host(), c.port(), data, c.idleTimeout(), c.accountConcurrency(), c.unsafeNoSandbox(),
                c.defaultAccount(), c.asyncRetryDelays(), c.maxEventAge(), c.maxLogBytesPerInvocation());
    }

    static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new BadFlag(flag + " needs a value. Run with --help to see every option.");
        }
        return args.get(i);
    }

    private static int integer(String flag, String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadFlag(flag + " expects a number from " + min + " to " + max + "; got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadFlag(flag + " expects a number from " + min + " to " + max + "; got '" + v + "'");
        }
    }

    static Duration duration(String flag, String v) {
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            throw new BadFlag(flag + " expects a duration such as 250ms, 30s, 10m or 6h; got '" + v + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    /** A command-line mistake, with a message that says how to fix it. */
    static final class BadFlag extends RuntimeException {
        BadFlag(String message) {
            super(message);
        }
    }
}
