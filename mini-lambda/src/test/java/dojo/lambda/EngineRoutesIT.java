package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.lambda.function.CreateFunctionRequest;
import fixtures.Hello;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's own endpoints: logs with a cursor, live logs, usage, timeline and bill. */
class EngineRoutesIT {
    @TempDir
    Path data;

    @Test
    void logsPageFromACursorStreamLiveAndUsageAndBillAreServed() throws Exception {
        try (TestEngine t = TestEngine.start(data)) {
            t.engine.functions().create("000000000000", CreateFunctionRequest.of("logged", "java17", Hello.class.getName()),
                    Fixtures.zipOf(Hello.class));
            SignedHttp http = new SignedHttp(t.engine.endpoint());
            CompletableFuture<String> live = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        http.stream("/mini-lambda/functions/logged/logs/live"), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (line.startsWith("data:") && line.contains("REPORT RequestId")) {
                            return line;
                        }
                    }
                    return null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            t.lambda().invoke(b -> b.functionName("logged").payload(software.amazon.awssdk.core.SdkBytes.fromUtf8String("{}")));
            assertThat(live.get(30, TimeUnit.SECONDS)).contains("Billed Duration");

            String all = http.send("GET", "lambda", "/mini-lambda/functions/logged/logs", "");
            assertThat(all).startsWith("200 ").contains("START RequestId").contains("hello from logged");
            long next = Long.parseLong(all.replaceAll("(?s).*\"nextSince\":(\\d+).*", "$1"));
            t.lambda().invoke(b -> b.functionName("logged").payload(software.amazon.awssdk.core.SdkBytes.fromUtf8String("{}")));
            String newer = http.send("GET", "lambda", "/mini-lambda/functions/logged/logs?since=" + next, "");
            assertThat(newer.split("START RequestId", -1)).hasSize(2);

            assertThat(http.send("GET", "lambda", "/mini-lambda/functions/logged/usage", "")).startsWith("200 [").contains("gbSeconds");
            assertThat(http.send("GET", "lambda", "/mini-lambda/functions/logged/environments", "")).contains("COLD_START");
            assertThat(http.send("GET", "lambda", "/mini-lambda/bill", "")).startsWith("200 ").contains("logged");
            assertThat(http.send("GET", "lambda", "/mini-lambda/functions/nope/logs", "")).startsWith("404 ");
            assertThat(http.send("GET", "lambda", "/mini-lambda/bill?month=nov", "")).startsWith("400 ").contains("2026-11");
        }
    }
}
