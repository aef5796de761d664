package dojo.lambda.function;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds .zip files for tests, including what {@link ZipOutputStream} cannot write by itself:
 * Unix modes in the external attributes (symbolic links, executables) and uncompressed sizes in
 * the central directory that lie about the content (zip bombs).
 */
final class TestZip {
    static final int FILE = 0100644;
    static final int EXECUTABLE = 0100755;
    static final int LINK = 0120777;

    private record Item(String name, byte[] content, int mode, Long declaredSize) {}

    private final List<Item> items = new ArrayList<>();

    TestZip file(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8), FILE, null);
    }

    TestZip executable(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8), EXECUTABLE, null);
    }

    TestZip link(String name, String target) {
        return add(name, target.getBytes(StandardCharsets.UTF_8), LINK, null);
    }

    TestZip directory(String name) {
        return add(name.endsWith("/") ? name : name + "/", new byte[0], 040755, null);
    }

    /** An entry whose central directory claims {@code declaredSize} bytes, whatever it holds. */
    TestZip lying(String name, byte[] content, long declaredSize) {
        return add(name, content, FILE, declaredSize);
    }

    TestZip add(String name, byte[] content, int mode, Long declaredSize) {
        items.add(new Item(name, content, mode, declaredSize));
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (Item item : items) {
                zip.putNextEntry(new ZipEntry(item.name));
                zip.write(item.content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return patchCentralDirectory(buffer.toByteArray());
    }

    private byte[] patchCentralDirectory(byte[] zip) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int index = 0;
        for (int i = 0; i + 4 <= zip.length && index < items.size(); i++) {
            if (bytes.getInt(i) != 0x02014b50) {
                continue;
            }
            Item item = items.get(index++);
            bytes.put(i + 5, (byte) 3); // "version made by": host system Unix
            bytes.putInt(i + 38, item.mode << 16);
            if (item.declaredSize != null) {
                bytes.putInt(i + 24, (int) (long) item.declaredSize);
            }
            i += 45;
        }
        return zip;
    }
}
