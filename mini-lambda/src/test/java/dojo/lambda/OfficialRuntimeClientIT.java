package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import fixtures.Failing;
import fixtures.Hello;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * AWS's own runtime interface client, unchanged, as the custom runtime ({@code provided.al2023})
 * of a function: a {@code bootstrap} script starts it on the package's classes.
 */
class OfficialRuntimeClientIT {
    @TempDir
    static Path data;

    static TestEngine engine;
    static LambdaClient lambda;

    @BeforeAll
    static void start() throws Exception {
        engine = TestEngine.start(data);
        lambda = engine.lambda();
    }

    @AfterAll
    static void stop() {
        lambda.close();
        engine.close();
    }

    static byte[] packageWithRic(Class<?> handler) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            copyEntries(Fixtures.zipOf(handler), zip);
            for (String artifact : new String[] {"aws-lambda-java-runtime-interface-client-", "aws-lambda-java-core-",
                    "aws-lambda-java-serialization-"}) {
                Path jar = jarOnClassPath(artifact);
                zip.putNextEntry(new ZipEntry("lib/" + jar.getFileName()));
                zip.write(Files.readAllBytes(jar));
                zip.closeEntry();
            }
            ZipEntry bootstrap = new ZipEntry("bootstrap");
            zip.putNextEntry(bootstrap);
            zip.write(("#!/bin/sh\nexec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp \"/var/task:/var/task/lib/*\" "
                    + "com.amazonaws.services.lambda.runtime.api.client.AWSLambda \"$_HANDLER\"\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The Maven jar of an artifact on the test class path (AWS's own jars, not our runtime). */
    private static Path jarOnClassPath(String artifactPrefix) {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName().toString().startsWith(artifactPrefix) && entry.endsWith(".jar")) {
                return p;
            }
        }
        throw new IllegalStateException("No " + artifactPrefix + "*.jar on the test class path; it is a test dependency");
    }

    private static void copyEntries(byte[] zipBytes, ZipOutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.readAllBytes());
                out.closeEntry();
            }
        }
    }

    private static void create(String name, Class<?> handler) throws IOException {
        byte[] zip = packageWithRic(handler);
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PROVIDED_AL2023)
                .handler(handler.getName() + "::handleRequest").role("arn:aws:iam::000000000000:role/r").memorySize(512)
                .timeout(30).code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
    }

    @Test
    void officialRuntimeClientRunsAHandlerAsACustomRuntime() throws IOException {
        create("ric-hello", Hello.class);
        InvokeResponse r = lambda.invoke(b -> b.functionName("ric-hello").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"name\":\"RIC\"}")));
        assertThat(r.functionError()).as(() -> r.payload().asUtf8String() + "\n"
                + new String(java.util.Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8)).isNull();
        assertThat(r.payload().asUtf8String()).contains("Hello, RIC!").contains("ric-hello");
    }

    @Test
    void officialRuntimeClientReportsAHandlerErrorInAwsShape() throws IOException {
        create("ric-failing", Failing.class);
        InvokeResponse r = lambda.invoke(b -> b.functionName("ric-failing").payload(SdkBytes.fromUtf8String("\"y\"")));
        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(r.payload().asUtf8String()).contains("java.lang.IllegalStateException").contains("boom: y");
    }
}
