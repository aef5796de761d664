package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;

class ListingTest {
    private static NavigableMap<String, ObjectMeta> bucket(String... keys) {
        NavigableMap<String, ObjectMeta> objects = ObjectIndex.empty();
        for (String k : keys) {
            objects.put(k, new ObjectMeta(k, 1, "e", Instant.EPOCH, "t", null, null, null, "f"));
        }
        return objects;
    }

    private static List<String> keys(Listing l) {
        return l.contents().stream().map(ObjectMeta::key).toList();
    }

    @Test
    void keysAreInUtf8ByteOrderNotJavaStringOrder() {
        // U+FFFD sorts before U+1F600 in UTF-8; in UTF-16 the surrogate pair of U+1F600 would come first
        var l = Listing.of(bucket("\uFFFD", "\uD83D\uDE00", "a", "B"), "", "", null, 1000);
        assertThat(keys(l)).containsExactly("B", "a", "\uFFFD", "\uD83D\uDE00");
    }

    @Test
    void aPrefixSelectsItsKeysOnly() {
        var l = Listing.of(bucket("a/1", "a/2", "ab", "b/1"), "a/", null, null, 1000);
        assertThat(keys(l)).containsExactly("a/1", "a/2");
        assertThat(l.truncated()).isFalse();
        assertThat(l.next()).isNull();
    }

    @Test
    void aDelimiterAfterThePrefixRollsKeysUp() {
        var l = Listing.of(bucket("a/x/1", "a/x/2", "a/y", "a/z/3", "b"), "a/", "/", null, 1000);
        assertThat(l.commonPrefixes()).containsExactly("a/x/", "a/z/");
        assertThat(keys(l)).containsExactly("a/y");
    }

    @Test
    void aMultiCharacterDelimiterWorks() {
        var l = Listing.of(bucket("2024--01--a", "2024--02--b", "2025"), "", "--", null, 1000);
        assertThat(l.commonPrefixes()).containsExactly("2024--");
        assertThat(keys(l)).containsExactly("2025");
    }

    @Test
    void aTruncatedPageResumesAfterItsLastEntryIncludingAWholeCommonPrefix() {
        var objects = bucket("a/1", "a/2", "b", "c/1", "d");
        var first = Listing.of(objects, "", "/", null, 2);
        assertThat(first.commonPrefixes()).containsExactly("a/");
        assertThat(keys(first)).containsExactly("b");
        assertThat(first.truncated()).isTrue();
        var second = Listing.of(objects, "", "/", Listing.Cursor.ofToken(first.next().token()), 2);
        assertThat(second.commonPrefixes()).containsExactly("c/");
        assertThat(keys(second)).containsExactly("d");
        assertThat(second.truncated()).isFalse();
    }

    @Test
    void aPageThatEndsExactlyAtTheLastKeyIsNotTruncated() {
        var l = Listing.of(bucket("a", "b"), "", "", null, 2);
        assertThat(l.truncated()).isFalse();
    }

    @Test
    void aStartBeforeThePrefixStartsAtThePrefix() {
        var l = Listing.of(bucket("a", "m/1", "m/2", "z"), "m/", "", new Listing.Cursor("b", false), 1000);
        assertThat(keys(l)).containsExactly("m/1", "m/2");
    }

    @Test
    void aForgedContinuationTokenIsRefused() {
        assertThatThrownBy(() -> Listing.Cursor.ofToken("not a token!"))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.InvalidArgument);
                    assertThat(e.getMessage()).contains("The continuation token provided is incorrect");
                });
    }
}
