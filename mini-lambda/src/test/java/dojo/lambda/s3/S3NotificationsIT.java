package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.logs.LogEvent;
import fixtures.S3EventRecorder;
import fixtures.S3SdkProbe;
import fixtures.S3SelfCopier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.LambdaFunctionConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Bucket notifications invoking real functions, S3 from inside a function, and the stopped recursive loop. */
class S3NotificationsIT {
    private static final String ACCOUNT = "000000000000";

    @TempDir
    static Path data;
    static S3Harness harness;
    static S3Client s3;
    static LambdaClient lambda;

    @BeforeAll
    static void start() throws Exception {
        harness = S3Harness.start(data);
        s3 = harness.s3();
        lambda = harness.lambda();
    }

    @AfterAll
    static void stop() {
        s3.close();
        lambda.close();
        harness.close();
    }

    @Test
    void aHandlerTypedWithS3EventReceivesFullyPopulatedEventsForPutCopyAndDelete() throws Exception {
        String arn = create("recorder", S3EventRecorder.class, FunctionPackages.withEvents(S3EventRecorder.class));
        s3.createBucket(b -> b.bucket("uploads"));
        s3.putBucketNotificationConfiguration(b -> b.bucket("uploads").notificationConfiguration(n -> n.lambdaFunctionConfigurations(
                LambdaFunctionConfiguration.builder().id("on-create").lambdaFunctionArn(arn).events(Event.S3_OBJECT_CREATED)
                        .filter(f -> f.key(k -> k.filterRules(r -> r.name(FilterRuleName.PREFIX).value("incoming/"),
                                r -> r.name(FilterRuleName.SUFFIX).value(".txt")))).build(),
                LambdaFunctionConfiguration.builder().id("on-delete").lambdaFunctionArn(arn)
                        .events(Event.S3_OBJECT_REMOVED_DELETE).build())));
        var config = s3.getBucketNotificationConfiguration(b -> b.bucket("uploads")).lambdaFunctionConfigurations();
        assertThat(config).extracting(LambdaFunctionConfiguration::id).containsExactly("on-create", "on-delete");
        assertThat(config.get(0).events()).containsExactly(Event.S3_OBJECT_CREATED);
        assertThat(config.get(0).filter().key().filterRules()).extracting(r -> r.nameAsString() + "=" + r.value())
                .containsExactly("Prefix=incoming/", "Suffix=.txt");

        var put = s3.putObject(b -> b.bucket("uploads").key("incoming/my file+1.txt"), RequestBody.fromString("hello"));
        s3.putObject(b -> b.bucket("uploads").key("incoming/skipped.jpg"), RequestBody.fromString("not .txt"));
        s3.putObject(b -> b.bucket("uploads").key("elsewhere/skipped.txt"), RequestBody.fromString("not incoming/"));
        Map<String, String> created = event("recorder", e -> e.get("eventName").equals("ObjectCreated:Put"));
        assertThat(created).containsEntry("records", "1").containsEntry("eventVersion", "2.1")
                .containsEntry("eventSource", "aws:s3").containsEntry("awsRegion", "us-east-1")
                .containsEntry("principalId", "AWS:test").containsEntry("sourceIPAddress", "127.0.0.1")
                .containsEntry("requestId", put.responseMetadata().requestId()).containsEntry("schema", "1.0")
                .containsEntry("configurationId", "on-create").containsEntry("bucket", "uploads")
                .containsEntry("arn", "arn:aws:s3:::uploads").containsEntry("key", "incoming/my+file%2B1.txt")
                .containsEntry("decodedKey", "incoming/my file+1.txt").containsEntry("size", "5")
                .containsEntry("eTag", "5d41402abc4b2a76b9719d911017c592");
        assertThat(created.get("eventTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(created.get("owner")).matches("A[0-9A-F]{13}");
        assertThat(created.get("id2")).isNotBlank().isNotEqualTo("null");
        assertThat(created.get("sequencer")).matches("[0-9A-F]{18}");

        s3.copyObject(b -> b.sourceBucket("uploads").sourceKey("incoming/my file+1.txt").destinationBucket("uploads")
                .destinationKey("incoming/copied.txt"));
        Map<String, String> copied = event("recorder", e -> e.get("eventName").equals("ObjectCreated:Copy"));
        assertThat(copied).containsEntry("key", "incoming/copied.txt").containsEntry("size", "5");
        assertThat(copied.get("sequencer")).isGreaterThan(created.get("sequencer"));

        s3.deleteObject(b -> b.bucket("uploads").key("incoming/my file+1.txt"));
        Map<String, String> removed = event("recorder", e -> e.get("eventName").equals("ObjectRemoved:Delete"));
        // a removal carries no size or ETag (see S3EventJsonTest); the events library reads them as 0 and ""
        assertThat(removed).containsEntry("configurationId", "on-delete").containsEntry("key", "incoming/my+file%2B1.txt")
                .containsEntry("size", "0").containsEntry("eTag", "");
        assertThat(events("recorder")).extracting(e -> e.get("key")).doesNotContain("incoming/skipped.jpg", "elsewhere/skipped.txt");
    }

    @Test
    void notificationConfigurationsAreCheckedAsS3ChecksThem() {
        s3.createBucket(b -> b.bucket("checked"));
        String missing = "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:no-such-function";
        assertThatThrownBy(() -> s3.putBucketNotificationConfiguration(b -> b.bucket("checked").notificationConfiguration(n -> n
                .lambdaFunctionConfigurations(c -> c.lambdaFunctionArn(missing).events(Event.S3_OBJECT_CREATED)))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("Unable to validate the following destination"
                            + " configurations").contains("no function no-such-function");
                });
        assertThatThrownBy(() -> s3.putBucketNotificationConfiguration(b -> b.bucket("checked").notificationConfiguration(n -> n
                .lambdaFunctionConfigurations(c -> c.lambdaFunctionArn(missing).events(Event.S3_OBJECT_CREATED),
                        c -> c.lambdaFunctionArn(missing).events(Event.S3_OBJECT_CREATED_PUT)))))
                .isInstanceOf(S3Exception.class).hasMessageContaining("Configurations overlap");
        assertThatThrownBy(() -> s3.putBucketNotificationConfiguration(b -> b.bucket("checked").notificationConfiguration(n -> n
                .queueConfigurations(q -> q.queueArn("arn:aws:sqs:us-east-1:" + ACCOUNT + ":q").events(Event.S3_OBJECT_CREATED)))))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(501));
        assertThat(s3.getBucketNotificationConfiguration(b -> b.bucket("checked")).lambdaFunctionConfigurations()).isEmpty();
    }

    @Test
    void aHandlerUsesS3ThroughTheSdkWithItsDefaults() {
        create("probe", S3SdkProbe.class, FunctionPackages.withEventsAndSdk(S3SdkProbe.class));
        s3.createBucket(b -> b.bucket("inside"));
        var result = lambda.invoke(b -> b.functionName("probe").payload(SdkBytes.fromUtf8String("{\"bucket\":\"inside\"}")));
        assertThat(result.functionError()).as(result.payload().asUtf8String()).isNull();
        assertThat(result.payload().asUtf8String()).isEqualTo("\"written inside probe|inside/copy.txt,inside/hello.txt|20\"");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("inside").key("inside/hello.txt")).asUtf8String())
                .isEqualTo("written inside probe");
    }

    @Test
    void aFunctionCopyingIntoTheBucketThatTriggersItIsStoppedAfterSixteenRounds() throws Exception {
        String arn = create("copier", S3SelfCopier.class, FunctionPackages.withEventsAndSdk(S3SelfCopier.class));
        s3.createBucket(b -> b.bucket("loop"));
        s3.putBucketNotificationConfiguration(b -> b.bucket("loop").notificationConfiguration(n -> n
                .lambdaFunctionConfigurations(c -> c.lambdaFunctionArn(arn).events(Event.S3_OBJECT_CREATED))));
        s3.putObject(b -> b.bucket("loop").key("start.txt"), RequestBody.fromString("go"));
        String stop = awaitLine("copier", l -> l.startsWith("mini-lambda stopped a recursive loop"), Duration.ofMinutes(3));
        assertThat(stop).contains("function copier has been invoked 16 times").contains("bucket loop")
                .contains("the event was dropped");
        Thread.sleep(2000);
        assertThat(lines("copier").stream().filter(l -> l.startsWith("COPIED")).count()).isEqualTo(16);
        assertThat(s3.listObjectsV2(b -> b.bucket("loop")).contents()).extracting(S3Object::key).hasSize(17)
                .contains("start.txt", "copy-of-start.txt", "copy-of-copy-of-start.txt");
    }

    private static String create(String name, Class<?> handler, byte[] zip) {
        return lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).handler(handler.getName() + "::handleRequest")
                .role("arn:aws:iam::" + ACCOUNT + ":role/lambda-role").memorySize(512).timeout(60)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip)))).functionArn();
    }

    private static Map<String, String> event(String function, Predicate<Map<String, String>> which) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (Map<String, String> e : events(function)) {
                if (which.test(e)) {
                    return e;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such event in the log of " + function + ": " + lines(function));
    }

    private static List<Map<String, String>> events(String function) {
        return lines(function).stream().filter(l -> l.startsWith("S3EVENT\t")).map(l -> {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String part : l.split("\t")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    fields.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            return fields;
        }).toList();
    }

    private static String awaitLine(String function, Predicate<String> which, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String l : lines(function)) {
                if (which.test(l)) {
                    return l;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such line in the log of " + function + ": " + lines(function));
    }

    private static List<String> lines(String function) {
        return harness.engine.logs().read(ACCOUNT, function, 0, 10_000).events().stream().map(LogEvent::message)
                .map(m -> new String(m.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).toList();
    }
}
