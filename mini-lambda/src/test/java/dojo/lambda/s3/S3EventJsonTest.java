package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class S3EventJsonTest {
    private static final Bucket BUCKET = new Bucket(Path.of("unused"),
            new BucketState("photos", "000000000000", "us-east-1", Instant.EPOCH, null), new Sweeper());
    private static final S3EventJson.Requester REQUESTER = new S3EventJson.Requester("AWS:test", "127.0.0.1", "C3D13FE58DE4C810",
            "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD");
    private static final ObjectMeta OBJECT = new ObjectMeta("2024/my cat+dog=1.jpg", 1024, "d41d8cd98f00b204e9800998ecf8427e",
            Instant.parse("2024-05-01T12:30:45.123456Z"), "image/jpeg", null, null, null, "f");

    private static String json(String eventName) {
        var o = new S3EventJson.Occurrence(REQUESTER, BUCKET, eventName, OBJECT, OBJECT.lastModified(), "0055AED6DCD90281E5");
        return new String(S3EventJson.of(o, "thumbnails"), StandardCharsets.UTF_8);
    }

    @Test
    void anObjectCreatedEventIsAwsShapeFieldForField() {
        String owner = Owners.principalId("000000000000");
        assertThat(json("ObjectCreated:Put")).isEqualTo("{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\","
                + "\"awsRegion\":\"us-east-1\",\"eventTime\":\"2024-05-01T12:30:45.123Z\",\"eventName\":\"ObjectCreated:Put\","
                + "\"userIdentity\":{\"principalId\":\"AWS:test\"},\"requestParameters\":{\"sourceIPAddress\":\"127.0.0.1\"},"
                + "\"responseElements\":{\"x-amz-request-id\":\"C3D13FE58DE4C810\","
                + "\"x-amz-id-2\":\"FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD\"},"
                + "\"s3\":{\"s3SchemaVersion\":\"1.0\",\"configurationId\":\"thumbnails\",\"bucket\":{\"name\":\"photos\","
                + "\"ownerIdentity\":{\"principalId\":\"" + owner + "\"},\"arn\":\"arn:aws:s3:::photos\"},"
                + "\"object\":{\"key\":\"2024/my+cat%2Bdog%3D1.jpg\",\"size\":1024,\"eTag\":\"d41d8cd98f00b204e9800998ecf8427e\","
                + "\"sequencer\":\"0055AED6DCD90281E5\"}}}]}");
    }

    @Test
    void aRemovalCarriesNeitherSizeNorEtag() {
        assertThat(json("ObjectRemoved:Delete")).contains("\"eventName\":\"ObjectRemoved:Delete\"")
                .contains("\"object\":{\"key\":\"2024/my+cat%2Bdog%3D1.jpg\",\"sequencer\":\"0055AED6DCD90281E5\"}");
    }
}
