package dojo.lambda.function;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * The central directory of a .zip as far as the JDK does not expose it: each entry's name and
 * the Unix mode its creator stored in the external attributes (file type and permission bits),
 * which tell symbolic links and executables apart. Entries come in central-directory order, the
 * order {@link java.util.zip.ZipFile#entries()} uses.
 */
record ZipDirectory(List<Entry> entries) {
    private static final int END = 0x06054b50;
    private static final int END64_LOCATOR = 0x07064b50;
    private static final int END64 = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int HOST_UNIX = 3;
    private static final int HOST_OSX = 19;

    /** @param unixMode {@code st_mode} bits, or 0 when the creator was not a Unix system */
    record Entry(String name, int unixMode) {
        boolean symbolicLink() {
            return (unixMode & 0170000) == 0120000;
        }

        boolean executable() {
            return (unixMode & 0111) != 0;
        }
    }

    static ZipDirectory read(byte[] zip) throws ZipException {
        try {
            return parse(ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ZipException("central directory runs past the end of the data");
        }
    }

    private static ZipDirectory parse(ByteBuffer zip) throws ZipException {
        int end = findEnd(zip);
        long count = Short.toUnsignedLong(zip.getShort(end + 10));
        long size = Integer.toUnsignedLong(zip.getInt(end + 12));
        long directoryEnd = end;
        if (count == 0xFFFF || size == 0xFFFFFFFFL || Integer.toUnsignedLong(zip.getInt(end + 16)) == 0xFFFFFFFFL) {
            int locator = end - 20;
            if (locator >= 0 && zip.getInt(locator) == END64_LOCATOR) {
                int end64 = Math.toIntExact(zip.getLong(locator + 8));
                if (zip.getInt(end64) != END64) {
                    throw new ZipException("zip64 end record not found");
                }
                count = zip.getLong(end64 + 32);
                size = zip.getLong(end64 + 40);
                directoryEnd = end64;
            }
        }
        // Measured back from the end record, as the JDK does, so data prepended to the archive is harmless.
        int position = Math.toIntExact(directoryEnd - size);
        if (position < 0 || count > Integer.MAX_VALUE) {
            throw new ZipException("bad central directory size");
        }
        List<Entry> entries = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            if (zip.getInt(position) != CENTRAL) {
                throw new ZipException("bad central directory entry " + i);
            }
            int host = Short.toUnsignedInt(zip.getShort(position + 4)) >>> 8;
            int nameLength = Short.toUnsignedInt(zip.getShort(position + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort(position + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort(position + 32));
            int attributes = zip.getInt(position + 38);
            byte[] name = new byte[nameLength];
            zip.get(position + 46, name);
            int mode = host == HOST_UNIX || host == HOST_OSX ? attributes >>> 16 : 0;
            entries.add(new Entry(new String(name, StandardCharsets.UTF_8), mode));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return new ZipDirectory(List.copyOf(entries));
    }

    private static int findEnd(ByteBuffer zip) throws ZipException {
        int last = zip.capacity() - 22;
        for (int i = last; i >= 0 && i >= last - 0xFFFF; i--) {
            if (zip.getInt(i) == END && i + 22 + Short.toUnsignedInt(zip.getShort(i + 20)) <= zip.capacity()) {
                return i;
            }
        }
        throw new ZipException("end of central directory not found");
    }
}
