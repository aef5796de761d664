package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import fixtures.Hello;
import fixtures.Hostile;
import fixtures.StaticLoop;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * Learner code is hostile: each attack ends its own invocation with a clear error, is contained by
 * the sandbox, and the engine and other functions carry on.
 */
class HostileCodeIT {
    @TempDir
    static Path data;

    static TestEngine engine;
    static LambdaClient lambda;

    @BeforeAll
    static void start() throws Exception {
        engine = TestEngine.start(data);
        lambda = engine.lambda();
        create("hostile", Hostile.class, 256, 20);
        create("bystander", Hello.class, 128, 10);
    }

    @AfterAll
    static void stop() {
        lambda.close();
        engine.close();
    }

    static void create(String name, Class<?> handler, int memory, int timeout) {
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).handler(handler.getName() + "::handleRequest")
                .memorySize(memory).timeout(timeout).ephemeralStorage(e -> e.size(512))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.zipOf(handler)))));
    }

    static InvokeResponse attack(String json) {
        return lambda.invoke(b -> b.functionName("hostile").payload(SdkBytes.fromUtf8String(json)));
    }

    static void bystanderStillWorks() {
        InvokeResponse r = lambda.invoke(b -> b.functionName("bystander").payload(SdkBytes.fromUtf8String("{\"name\":\"B\"}")));
        assertThat(r.functionError()).isNull();
        assertThat(r.payload().asUtf8String()).contains("Hello, B!");
    }

    @Test
    void systemExitEndsTheInvocationWithRuntimeExitError() {
        InvokeResponse r = attack("{\"do\":\"exit\"}");
        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(r.payload().asUtf8String()).contains("Runtime.ExitError").contains("exit status 42");
        bystanderStillWorks();
    }

    @Test
    void runtimeHaltEndsTheInvocationWithRuntimeExitError() {
        InvokeResponse r = attack("{\"do\":\"halt\"}");
        assertThat(r.payload().asUtf8String()).contains("Runtime.ExitError").contains("exit status 7");
        bystanderStillWorks();
    }

    @Test
    void fillingTheHeapIsRuntimeOutOfMemory() {
        InvokeResponse r = attack("{\"do\":\"oom\"}");
        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(r.payload().asUtf8String()).contains("Runtime.OutOfMemory");
        bystanderStillWorks();
    }

    @Test
    void threadBombIsCappedByTheTaskLimit() {
        InvokeResponse r = attack("{\"do\":\"threads\"}");
        assertThat(r.payload().asUtf8String()).matches("(?s).*(threads capped at \\d+|Runtime\\.\\w+).*");
        bystanderStillWorks();
    }

    @Test
    void forkBombIsCappedByTheTaskLimit() {
        InvokeResponse r = attack("{\"do\":\"fork\"}");
        assertThat(r.payload().asUtf8String()).matches("(?s).*(forks capped at \\d+|Runtime\\.\\w+).*");
        bystanderStillWorks();
    }

    @Test
    void hundredMegabytesOfStdoutEndTheInvocationWithAClearError() {
        InvokeResponse r = attack("{\"do\":\"flood\"}");
        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(r.payload().asUtf8String()).contains("Runtime.LogLimitExceeded").contains("MB of output");
        bystanderStillWorks();
    }

    @Test
    void cannotReadTheEngineDataOtherCodeOrShadow() throws Exception {
        Path otherCode = Files.walk(data.resolve("accounts")).filter(p -> p.toString().endsWith("Hello.class")).findFirst().orElseThrow();
        for (String path : new String[] {data.resolve("accounts.json").toString(), otherCode.toString(), "/etc/shadow",
                "/root/.bash_history", "/proc/1/environ"}) {
            InvokeResponse r = attack("{\"do\":\"read\",\"path\":\"" + path + "\"}");
            assertThat(r.payload().asUtf8String()).as(path).startsWith("\"refused: java.nio.file.");
        }
    }

    @Test
    void cannotConnectToTheHostOrTheEnginePort() {
        int enginePort = engine.engine.port();
        for (String target : new String[] {"127.0.0.1\",\"port\":\"" + enginePort, "127.0.0.1\",\"port\":\"22",
                "10.0.2.2\",\"port\":\"80"}) {
            InvokeResponse r = attack("{\"do\":\"connect\",\"host\":\"" + target + "\"}");
            assertThat(r.payload().asUtf8String()).as(target).startsWith("\"refused: java.net.");
        }
    }

    @Test
    void cannotFillMoreTmpThanConfigured() {
        InvokeResponse r = attack("{\"do\":\"fill\",\"mb\":\"600\"}");
        assertThat(r.payload().asUtf8String()).contains("No space left on device");
    }

    @Test
    void endlessLoopInAStaticInitializerIsCutAtTheInitLimit() {
        create("static-loop", StaticLoop.class, 128, 30);
        InvokeResponse r = lambda.invoke(b -> b.functionName("static-loop").payload(SdkBytes.fromUtf8String("{}")));
        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(r.payload().asUtf8String()).contains("Runtime.InitTimeout").contains("10.00 seconds");
        bystanderStillWorks();
    }
}
