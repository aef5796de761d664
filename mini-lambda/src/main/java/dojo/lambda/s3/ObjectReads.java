package dojo.lambda.s3;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.util.Map;

/** GetObject and HeadObject: headers from the sidecar, content streamed from the file, ranges as 206. */
final class ObjectReads {
    private static final Map<String, String> RESPONSE_OVERRIDES = Map.of(
            "response-content-type", "Content-Type",
            "response-content-language", "Content-Language",
            "response-expires", "Expires",
            "response-cache-control", "Cache-Control",
            "response-content-disposition", "Content-Disposition",
            "response-content-encoding", "Content-Encoding");

    private final BucketRegistry buckets;

    ObjectReads(BucketRegistry buckets) {
        this.buckets = buckets;
    }

    void get(S3Call call, boolean headOnly) throws IOException {
        Bucket bucket = buckets.owned(call.accountId(), call.bucket());
        // an overwrite may delete the file between the lookup and the open: look again
        for (int attempt = 0; ; attempt++) {
            ObjectMeta meta = bucket.get(call.key());
            if (meta == null) {
                throw S3Exception.noSuchKey(call.bucket(), call.key());
            }
            FileChannel file;
            try {
                file = headOnly ? null : FileChannel.open(bucket.dataOf(meta));
            } catch (NoSuchFileException e) {
                if (attempt < 3) {
                    continue;
                }
                throw e;
            }
            try {
                answer(call, meta, file);
            } finally {
                if (file != null) {
                    file.close();
                }
            }
            return;
        }
    }

    private static void answer(S3Call call, ObjectMeta meta, FileChannel file) throws IOException {
        Context ctx = call.ctx();
        if (Preconditions.check(call, meta) == Preconditions.Result.NOT_MODIFIED) {
            ctx.header("ETag", meta.quotedEtag());
            ctx.header("Last-Modified", S3Response.http(meta.lastModified()));
            S3Response.empty(ctx, 304);
            return;
        }
        ByteRange range = ByteRange.of(call.header("Range"), meta.size());
        writeHeaders(ctx, meta);
        boolean wantsChecksums = "ENABLED".equalsIgnoreCase(call.header("x-amz-checksum-mode"));
        if (wantsChecksums && range == null) {
            writeChecksums(ctx, meta);
        }
        for (Map.Entry<String, String> o : RESPONSE_OVERRIDES.entrySet()) {
            String value = call.query().get(o.getKey());
            if (value != null) {
                ctx.header(o.getValue(), value);
            }
        }
        long first = range == null ? 0 : range.first();
        long length = range == null ? meta.size() : range.length();
        if (range != null) {
            ctx.header("Content-Range", range.contentRange(meta.size()));
        }
        ctx.status(range == null ? 200 : 206);
        ctx.res().setContentLengthLong(length);
        if (file != null) {
            copy(file, first, length, ctx.res().getOutputStream());
        }
    }

    static void writeHeaders(Context ctx, ObjectMeta meta) {
        ctx.header("ETag", meta.quotedEtag());
        ctx.header("Last-Modified", S3Response.http(meta.lastModified()));
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Content-Type", meta.contentType());
        meta.headers().forEach(ctx::header);
        meta.userMetadata().forEach((name, value) -> ctx.header("x-amz-meta-" + name, value));
    }

    static void writeChecksums(Context ctx, ObjectMeta meta) {
        meta.checksums().forEach((algorithm, value) -> ctx.header(ChecksumAlgorithm.valueOf(algorithm).header(), value));
        if (!meta.checksums().isEmpty()) {
            ctx.header("x-amz-checksum-type", "FULL_OBJECT");
        }
    }

    private static void copy(FileChannel file, long first, long length, OutputStream out) throws IOException {
        file.position(first);
        InputStream in = Channels.newInputStream(file);
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the object's file ended " + left + " bytes early; its sidecar and content disagree");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
        out.flush();
    }
}
