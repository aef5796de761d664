package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/** ListObjectsV2 and ListObjects through the SDK: prefixes, delimiters, pages, start-after, URL encoding. */
class S3ListingIT {
    @TempDir
    static Path data;
    static S3Harness harness;
    static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        harness = S3Harness.start(data);
        s3 = harness.s3();
        s3.createBucket(b -> b.bucket("tree"));
        for (String key : List.of("photos/2024/a.jpg", "photos/2024/b.jpg", "photos/2025/c.jpg", "photos/readme.txt",
                "docs/x.md", "top.txt")) {
            s3.putObject(b -> b.bucket("tree").key(key), RequestBody.fromString(key));
        }
        s3.createBucket(b -> b.bucket("many"));
        IntStream.range(0, 25).forEach(i -> s3.putObject(b -> b.bucket("many").key(String.format("item-%02d", i)),
                RequestBody.fromString("x")));
    }

    @AfterAll
    static void stop() {
        s3.close();
        harness.close();
    }

    @Test
    void delimiterRollsKeysUpIntoCommonPrefixes() {
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket("tree").prefix("photos/").delimiter("/"));
        assertThat(r.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("photos/2024/", "photos/2025/");
        assertThat(r.contents()).extracting(S3Object::key).containsExactly("photos/readme.txt");
        assertThat(r.keyCount()).isEqualTo(3);
        assertThat(r.isTruncated()).isFalse();
        assertThat(r.prefix()).isEqualTo("photos/");
        assertThat(r.delimiter()).isEqualTo("/");
        assertThat(r.contents().get(0).size()).isEqualTo("photos/readme.txt".length());
        assertThat(r.contents().get(0).eTag()).startsWith("\"").endsWith("\"");
    }

    @Test
    void pagesFollowContinuationTokensUntilTheLastKey() {
        List<Integer> sizes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (ListObjectsV2Response page : s3.listObjectsV2Paginator(b -> b.bucket("many").maxKeys(10))) {
            sizes.add(page.keyCount());
            page.contents().forEach(o -> keys.add(o.key()));
        }
        assertThat(sizes).containsExactly(10, 10, 5);
        assertThat(keys).hasSize(25).isSorted().doesNotHaveDuplicates();
        ListObjectsV2Response first = s3.listObjectsV2(b -> b.bucket("many").maxKeys(10));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.nextContinuationToken()).isNotBlank();
    }

    @Test
    void commonPrefixesCountTowardMaxKeysAndAreNotRepeatedOnLaterPages() {
        List<String> seen = new ArrayList<>();
        for (ListObjectsV2Response page : s3.listObjectsV2Paginator(b -> b.bucket("tree").delimiter("/").maxKeys(1))) {
            page.commonPrefixes().forEach(p -> seen.add(p.prefix()));
            page.contents().forEach(o -> seen.add(o.key()));
        }
        assertThat(seen).containsExactly("docs/", "photos/", "top.txt");
    }

    @Test
    void startAfterSkipsKeysUpToAndIncludingIt() {
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket("many").startAfter("item-21"));
        assertThat(r.contents()).extracting(S3Object::key).containsExactly("item-22", "item-23", "item-24");
        assertThat(r.startAfter()).isEqualTo("item-21");
    }

    @Test
    void theOriginalListObjectsPagesWithMarkers() {
        var first = s3.listObjects(b -> b.bucket("many").maxKeys(20));
        assertThat(first.contents()).hasSize(20);
        assertThat(first.isTruncated()).isTrue();
        var rest = s3.listObjects(b -> b.bucket("many").marker(first.contents().get(19).key()));
        assertThat(rest.contents()).extracting(S3Object::key).containsExactly("item-20", "item-21", "item-22", "item-23", "item-24");
        var grouped = s3.listObjects(b -> b.bucket("tree").delimiter("/"));
        assertThat(grouped.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("docs/", "photos/");
        assertThat(grouped.contents()).extracting(S3Object::key).containsExactly("top.txt");
    }

    @Test
    void urlEncodingCarriesKeysThatXmlCannotHold() {
        s3.createBucket(b -> b.bucket("encoded"));
        String key = "line\u0001break and space+plus";
        s3.putObject(b -> b.bucket("encoded").key(key), RequestBody.fromString("x"));
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket("encoded").encodingType(EncodingType.URL));
        assertThat(r.contents()).extracting(S3Object::key).containsExactly(key);
    }

    @Test
    void maxKeysZeroListsNothingAndIsNotTruncated() {
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket("many").maxKeys(0));
        assertThat(r.keyCount()).isZero();
        assertThat(r.isTruncated()).isFalse();
    }
}
