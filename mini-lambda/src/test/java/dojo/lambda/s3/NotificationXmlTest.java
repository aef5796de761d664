package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationXmlTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:thumbs";

    private static NotificationConfiguration parse(String inner) {
        return NotificationXml.parse(("<NotificationConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" + inner
                + "</NotificationConfiguration>").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSdksCloudFunctionConfigurationIsReadWithItsFilter() {
        NotificationConfiguration c = parse("<CloudFunctionConfiguration><Id>thumbs</Id><CloudFunction>" + ARN + "</CloudFunction>"
                + "<Event>s3:ObjectCreated:*</Event><Event>s3:ObjectRemoved:Delete</Event><Filter><S3Key>"
                + "<FilterRule><Name>prefix</Name><Value>images/</Value></FilterRule>"
                + "<FilterRule><Name>Suffix</Name><Value>.jpg</Value></FilterRule></S3Key></Filter></CloudFunctionConfiguration>");
        assertThat(c.functions()).containsExactly(new FunctionTarget("thumbs", ARN,
                List.of("s3:ObjectCreated:*", "s3:ObjectRemoved:Delete"), "images/", ".jpg"));
        assertThat(NotificationXml.write(c)).contains("<CloudFunctionConfiguration><Id>thumbs</Id><CloudFunction>" + ARN
                + "</CloudFunction><Event>s3:ObjectCreated:*</Event><Event>s3:ObjectRemoved:Delete</Event><Filter><S3Key>"
                + "<FilterRule><Name>Prefix</Name><Value>images/</Value></FilterRule>"
                + "<FilterRule><Name>Suffix</Name><Value>.jpg</Value></FilterRule></S3Key></Filter></CloudFunctionConfiguration>");
    }

    @Test
    void aConfigurationWithoutAnIdGetsOne() {
        NotificationConfiguration c = parse("<CloudFunctionConfiguration><CloudFunction>" + ARN + "</CloudFunction>"
                + "<Event>s3:ObjectCreated:Put</Event></CloudFunctionConfiguration>");
        assertThat(c.functions().get(0).id()).isNotBlank();
    }

    @Test
    void targetsMatchEventsByWildcardOrNameAndKeysByPrefixAndSuffix() {
        FunctionTarget t = new FunctionTarget("i", ARN, List.of("s3:ObjectCreated:*", "s3:ObjectRemoved:Delete"), "in/", ".txt");
        assertThat(t.matches("ObjectCreated:Put", "in/a.txt")).isTrue();
        assertThat(t.matches("ObjectCreated:Copy", "in/a.txt")).isTrue();
        assertThat(t.matches("ObjectRemoved:Delete", "in/a.txt")).isTrue();
        assertThat(t.matches("ObjectCreated:Put", "out/a.txt")).isFalse();
        assertThat(t.matches("ObjectCreated:Put", "in/a.jpg")).isFalse();
        FunctionTarget putOnly = new FunctionTarget("p", ARN, List.of("s3:ObjectCreated:Put"), null, null);
        assertThat(putOnly.matches("ObjectCreated:Copy", "x")).isFalse();
    }

    @Test
    void badFiltersEventsAndOverlapsAreRefusedAsS3RefusesThem() {
        assertThatThrownBy(() -> parse("<CloudFunctionConfiguration><CloudFunction>" + ARN + "</CloudFunction><Event>s3:ObjectCreated:*"
                + "</Event><Filter><S3Key><FilterRule><Name>contains</Name><Value>x</Value></FilterRule></S3Key></Filter>"
                + "</CloudFunctionConfiguration>")).hasMessageContaining("filter rule name must be either prefix or suffix");
        assertThatThrownBy(() -> NotificationRules.check(new NotificationConfiguration(List.of(
                new FunctionTarget("a", ARN, List.of("s3:ObjectCreated:Sometimes"), null, null)))))
                .hasMessageContaining("The event is not supported for notifications");
        assertThatThrownBy(() -> NotificationRules.check(new NotificationConfiguration(List.of(
                new FunctionTarget("a", ARN, List.of("s3:ObjectCreated:*"), "img/", null),
                new FunctionTarget("b", ARN, List.of("s3:ObjectCreated:Put"), "img/raw/", null)))))
                .hasMessageContaining("Configurations overlap");
        NotificationRules.check(new NotificationConfiguration(List.of(
                new FunctionTarget("a", ARN, List.of("s3:ObjectCreated:*"), "img/", null),
                new FunctionTarget("b", ARN, List.of("s3:ObjectCreated:Put"), "doc/", null))));
        assertThatThrownBy(() -> parse("<Nonsense/>")).isInstanceOf(S3Exception.class);
        assertThatThrownBy(() -> NotificationXml.parse("<NotificationConfiguration><unclosed>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.MalformedXML));
    }
}
