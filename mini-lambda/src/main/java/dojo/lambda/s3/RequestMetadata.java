package dojo.lambda.s3;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The metadata an upload sets: Content-Type (S3's default {@code binary/octet-stream}), the
 * standard headers S3 stores, and user metadata {@code x-amz-meta-*} (2 KB at most, as in S3).
 */
record RequestMetadata(String contentType, Map<String, String> headers, Map<String, String> userMetadata) {
    static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";
    private static final String[] STORED = {"Cache-Control", "Content-Disposition", "Content-Encoding", "Content-Language", "Expires"};
    private static final int MAX_USER_METADATA_BYTES = 2048;

    static RequestMetadata of(S3Call call) {
        String type = call.header("Content-Type");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : STORED) {
            String value = call.header(name);
            if (name.equals("Content-Encoding") && value != null) {
                value = withoutAwsChunked(value);
            }
            if (value != null && !value.isEmpty()) {
                headers.put(name, value);
            }
        }
        Map<String, String> user = new LinkedHashMap<>();
        int bytes = 0;
        for (String name : Collections.list(call.ctx().req().getHeaderNames())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-amz-meta-")) {
                String value = call.header(name);
                user.put(lower.substring("x-amz-meta-".length()), value);
                bytes += (lower.length() - "x-amz-meta-".length()) + value.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (bytes > MAX_USER_METADATA_BYTES) {
            throw new S3Exception(S3ErrorCode.MetadataTooLarge, "The x-amz-meta-* headers hold " + bytes
                    + " bytes; S3 allows " + MAX_USER_METADATA_BYTES + ". Keep large data in the object itself.")
                    .with("Size", String.valueOf(bytes)).with("MaxSizeAllowed", String.valueOf(MAX_USER_METADATA_BYTES));
        }
        return new RequestMetadata(type == null || type.isBlank() ? DEFAULT_CONTENT_TYPE : type, headers, user);
    }

    /** The SDK marks chunked uploads {@code Content-Encoding: aws-chunked}; that is transport, not content. */
    private static String withoutAwsChunked(String encoding) {
        return Arrays.stream(encoding.split(",")).map(String::strip)
                .filter(e -> !e.isEmpty() && !e.equalsIgnoreCase("aws-chunked")).collect(Collectors.joining(","));
    }
}
