package readings;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lab's bucket of sensor readings. {@link #open} works like a ranged GET of an object: it
 * returns a stream of the object's CSV lines from a given line on. The objects are generated as
 * they are read (the same bytes every time), so they cost no disk, and
 * {@code readings-slow.csv} arrives at a limited rate, like a busy network.
 *
 * <p>Every line is {@code sensor,time,celsius,gateway,status,samples}, for example
 * {@code s042,2026-01-01T00:00:07Z,23.4,north-field-gateway-07,ok,QUJD...}: the raw samples
 * behind the reading, a few characters in the small objects and 4,000 in the large one.
 *
 * <p>This file is provided: the grader compiles its own copy with every submission.
 */
public final class SensorLog {
    private SensorLog() {}

    /**
     * Opens object {@code name} at line {@code fromLine} (0 is the first line).
     *
     * @throws IllegalArgumentException for an object that does not exist (S3's NoSuchKey)
     */
    public static InputStream open(String name, long fromLine) {
        ObjectSpec spec = ObjectSpec.named(name);
        if (fromLine < 0 || fromLine > spec.lines()) {
            throw new IllegalArgumentException("InvalidRange: " + name + " has " + spec.lines() + " lines, asked to start at "
                    + fromLine);
        }
        return new ReadingStream(spec, fromLine);
    }

    /** How many lines object {@code name} has. */
    public static long lines(String name) {
        return ObjectSpec.named(name).lines();
    }

    /**
     * One object: its length in lines, how many lines a second it is served at (0: as fast as it
     * is read) and how many characters of samples end each line.
     */
    record ObjectSpec(String name, long lines, long linesPerSecond, int sampleChars) {
        static ObjectSpec named(String name) {
            return switch (String.valueOf(name)) {
                case "readings-small.csv" -> new ObjectSpec(name, 10_000, 0, 16);
                case "readings-slow.csv" -> new ObjectSpec(name, 100_000, 10_000, 16);
                case "readings-large.csv" -> new ObjectSpec(name, 75_000, 0, 4_000);
                default -> throw new IllegalArgumentException("NoSuchKey: no object '" + name + "'; the bucket holds "
                        + "readings-small.csv, readings-slow.csv and readings-large.csv");
            };
        }
    }

    /** Generates lines a block at a time; waits when a rate-limited object is read faster than it is served. */
    static final class ReadingStream extends InputStream {
        private static final byte[][] GATEWAYS = {
            bytes(",north-field-gateway-07,ok,"), bytes(",south-barn-gateway-12,ok,"),
            bytes(",river-pump-gateway-03,ok,"), bytes(",east-silo-gateway-21,low-battery,")};
        private static final byte[] SAMPLES = samples(8192);

        private final ObjectSpec spec;
        private final long firstLine;
        private final long started = System.nanoTime();
        private final byte[] block = new byte[256 * 1024];
        private long nextLine;
        private int pos;
        private int end;

        ReadingStream(ObjectSpec spec, long fromLine) {
            this.spec = spec;
            this.firstLine = fromLine;
            this.nextLine = fromLine;
        }

        @Override
        public int read() {
            if (pos == end && !fill()) {
                return -1;
            }
            return block[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos == end && !fill()) {
                return -1;
            }
            int n = Math.min(len, end - pos);
            System.arraycopy(block, pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean fill() {
            if (nextLine >= spec.lines()) {
                return false;
            }
            pace();
            pos = 0;
            end = 0;
            while (nextLine < spec.lines() && end + 96 + spec.sampleChars() <= block.length) {
                end = line(nextLine++, spec.sampleChars(), block, end);
            }
            return true;
        }

        private void pace() {
            if (spec.linesPerSecond() > 0) {
                long due = started + (nextLine - firstLine) * 1_000_000_000L / spec.linesPerSecond();
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }

        /** Writes line {@code i} at {@code at}; returns where the next line starts. */
        static int line(long i, int sampleChars, byte[] out, int at) {
            long h = mix(i);
            int sensor = (int) ((h >>> 8) % 200);
            int tenths = (int) ((h >>> 24) % 500) - 100;
            out[at++] = 's';
            at = digits(sensor, 3, out, at);
            out[at++] = ',';
            at = time(i, out, at);
            out[at++] = ',';
            if (tenths < 0) {
                out[at++] = '-';
                tenths = -tenths;
            }
            at = digits(tenths / 10, tenths >= 100 ? 2 : 1, out, at);
            out[at++] = '.';
            out[at++] = (byte) ('0' + tenths % 10);
            byte[] gateway = GATEWAYS[(int) (h & 3)];
            System.arraycopy(gateway, 0, out, at, gateway.length);
            at += gateway.length;
            System.arraycopy(SAMPLES, (int) (h >>> 40) % (SAMPLES.length - sampleChars), out, at, sampleChars);
            at += sampleChars;
            out[at++] = '\n';
            return at;
        }

        /** 2026-01-01T00:00:00Z plus {@code i} seconds, within the year. */
        private static int time(long i, byte[] out, int at) {
            long day = (i / 86_400) % 365;
            long second = i % 86_400;
            int[] monthDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            int month = 0;
            while (day >= monthDays[month]) {
                day -= monthDays[month++];
            }
            at = digits(2026, 4, out, at);
            out[at++] = '-';
            at = digits(month + 1, 2, out, at);
            out[at++] = '-';
            at = digits((int) day + 1, 2, out, at);
            out[at++] = 'T';
            at = digits((int) (second / 3600), 2, out, at);
            out[at++] = ':';
            at = digits((int) (second / 60 % 60), 2, out, at);
            out[at++] = ':';
            at = digits((int) (second % 60), 2, out, at);
            out[at++] = 'Z';
            return at;
        }

        private static int digits(int value, int width, byte[] out, int at) {
            for (int k = width - 1; k >= 0; k--) {
                out[at + k] = (byte) ('0' + value % 10);
                value /= 10;
            }
            return at + width;
        }

        private static long mix(long i) {
            long z = i * 0x9E3779B97F4A7C15L + 0x5DEECE66DL;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        private static byte[] samples(int n) {
            byte[] alphabet = bytes("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
            byte[] samples = new byte[n];
            for (int k = 0; k < n; k++) {
                samples[k] = alphabet[(int) (mix(k) & 63)];
            }
            return samples;
        }

        private static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }
    }
}
