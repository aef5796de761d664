package dojo.course.cell;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a session's code prints, collected per snippet: {@link #take()} returns and clears it.
 * Keeps at most {@code limit} bytes so a printing loop cannot fill the server's memory.
 */
final class CapturedOutput extends OutputStream {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean truncated;

    CapturedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = limit - bytes.size();
        if (len > room) {
            truncated = true;
        }
        bytes.write(b, off, Math.max(0, Math.min(len, room)));
    }

    synchronized String take() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (truncated) {
            text += "\n[output cut at " + limit / 1024 + " KB]\n";
        }
        bytes.reset();
        truncated = false;
        return text;
    }
}
