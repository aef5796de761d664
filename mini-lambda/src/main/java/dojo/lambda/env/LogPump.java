package dojo.lambda.env;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads an environment's stdout and stderr (both go to one FIFO) and hands complete lines to a
 * {@link LogSink}, tagged with the invocation that was running. The FIFO is opened read-write so
 * opening never blocks and {@link #drain} can ask the kernel how many bytes are still unread: the
 * runtime writes its output before it posts the response, so once the FIFO is empty every line of
 * the invocation has been seen and END can follow.
 *
 * <p>Output past {@code maxBytesPerInvocation} is not stored; {@link #overLimit} tells the
 * environment to stop the invocation. A single line is cut at 256 KB, CloudWatch's event limit.
 */
final class LogPump implements AutoCloseable {
    static final int MAX_LINE = 256 * 1024;

    private final RandomAccessFile fifo;
    private final FileInputStream in;
    private final LogSink sink;
    private final long maxBytesPerInvocation;
    private final AtomicLong consumed = new AtomicLong();
    private final Thread thread;
    private volatile String requestId;
    private volatile long invocationBytes;
    private volatile boolean busy;
    private volatile boolean closed;

    LogPump(Path fifoPath, LogSink sink, long maxBytesPerInvocation, String name) throws IOException {
        this.fifo = new RandomAccessFile(fifoPath.toFile(), "rw");
        this.in = new FileInputStream(fifo.getFD());
        this.sink = sink;
        this.maxBytesPerInvocation = maxBytesPerInvocation;
        this.thread = new Thread(this::pump, "logs-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Attributes the following output to {@code id} (null between invocations). */
    void attribute(String id) {
        requestId = id;
        invocationBytes = 0;
    }

    boolean overLimit() {
        return invocationBytes > maxBytesPerInvocation;
    }

    /** Waits (briefly) until every byte written so far has been handed to the sink. */
    void drain() {
        long until = System.nanoTime() + 200_000_000L;
        try {
            while ((in.available() > 0 || busy) && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        } catch (IOException e) {
            // closed: nothing more to drain
        }
    }

    private void pump() {
        byte[] buf = new byte[64 * 1024];
        byte[] pendingBytes = new byte[0];
        try {
            while (!closed) {
                int n = in.read(buf);
                if (n < 0) {
                    return;
                }
                busy = true;
                invocationBytes += n;
                consumed.addAndGet(n);
                if (invocationBytes <= maxBytesPerInvocation) {
                    pendingBytes = split(buf, n, pendingBytes);
                }
                busy = in.available() > 0;
            }
        } catch (IOException e) {
            // closed
        } finally {
            busy = false;
        }
    }

    /** Emits the complete lines in buf; returns the bytes of an unfinished line. */
    private byte[] split(byte[] buf, int n, byte[] carry) {
        int start = 0;
        byte[] data = buf;
        int len = n;
        if (carry.length > 0) {
            data = new byte[carry.length + n];
            System.arraycopy(carry, 0, data, 0, carry.length);
            System.arraycopy(buf, 0, data, carry.length, n);
            len = data.length;
        }
        for (int i = 0; i < len; i++) {
            if (data[i] == '\n') {
                emit(data, start, i - start);
                start = i + 1;
            }
        }
        int rest = len - start;
        if (rest >= MAX_LINE) {
            emit(data, start, rest);
            return new byte[0];
        }
        byte[] left = new byte[rest];
        System.arraycopy(data, start, left, 0, rest);
        return left;
    }

    private void emit(byte[] data, int off, int len) {
        int end = len > 0 && data[off + len - 1] == '\r' ? len - 1 : len;
        sink.line(requestId, new String(data, off, Math.min(end, MAX_LINE), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        closed = true;
        try (FileOutputStream wake = new FileOutputStream(fifo.getFD())) {
            // wakes the pump thread if it is blocked in read; it then sees closed and stops
            wake.write('\n');
        } catch (IOException ignored) {
            // already closed
        }
        try {
            fifo.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
