package dojo.lambda.env;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads an environment's stdout and stderr (both go to one FIFO) and hands complete lines to a
 * {@link LogSink}, tagged with the invocation that was running. The FIFO is opened read-write so
 * opening never blocks and the kernel can say how many bytes are unread; a thread polls it (every
 * millisecond while output flows, more slowly when idle) for live logs, and {@link #drain} reads the
 * rest when an invocation ends.
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
    private final Object lock = new Object();
    private final byte[] buf = new byte[64 * 1024];
    private byte[] carry = new byte[0];
    private final Thread thread;
    private volatile String requestId;
    private volatile long invocationBytes;
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

    /**
     * Hands every byte written so far to the sink. The runtime writes its output before it posts
     * the response, so after this the invocation's lines are all there and END can follow.
     */
    void drain() {
        try {
            readAvailable();
        } catch (IOException e) {
            // closed: nothing more to drain
        }
    }

    private void pump() {
        int idlePolls = 0;
        while (!closed) {
            try {
                if (readAvailable()) {
                    idlePolls = 0;
                    continue;
                }
            } catch (IOException e) {
                return;
            }
            idlePolls++;
            try {
                Thread.sleep(idlePolls < 200 ? 1 : 20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Reads what the FIFO holds now, only ever under the lock and only as much as the kernel says
     * is there: so no byte can be between a read and the sink while {@link #drain} looks (a
     * blocking reader thread would leave exactly that gap).
     */
    private boolean readAvailable() throws IOException {
        synchronized (lock) {
            int available = in.available();
            if (available <= 0) {
                return false;
            }
            while (available > 0) {
                int n = in.read(buf, 0, Math.min(buf.length, available));
                if (n <= 0) {
                    break;
                }
                invocationBytes += n;
                if (invocationBytes <= maxBytesPerInvocation) {
                    carry = split(buf, n, carry);
                }
                available = in.available();
            }
            return true;
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
        try {
            fifo.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
