package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labs over HTTP: the page, drafts across a restart, bad input, and Run on a real mini-lambda engine. */
class LabsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = """
            package hello;
            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import java.util.Map;
            public class Hello implements RequestHandler<Map<String, Object>, Map<String, Object>> {
                public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                    System.out.println("greeting " + event.get("name"));
                    return Map.of("greeting", "Hello, " + event.get("name") + "!", "version", "%s");
                }
            }
            """;
    @TempDir
    static Path data;
    @TempDir
    static Path content;
    static CourseServer server;

    @BeforeAll
    static void start() throws java.io.IOException {
        TestServers.fixtureLabs(data);
        Path second = TestServers.fixtureContent(content).resolve("lessons/02-second-steps.md");
        Files.writeString(second, Files.readString(second).replace("  - missing-lab", "  - hello\n  - missing-lab"));
        server = TestServers.start(data, content);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String body(String code, String event) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("files").put("hello/Hello.java", code);
        body.put("event", event);
        return body.toString();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void theLabPageShowsInstructionsEditorEventsAndStarterData() {
        HttpResponse<String> page = new Browser(server.port()).get("/labs/hello");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Say hello</h1>", "<h2 id=\"what-you-will-build\">", "id=\"lab-code\"",
                "<option>ada.json</option><option>grace.json</option>", "id=\"lab-run\"", "Reset to starter",
                "/webjars/codemirror/", "/mode/clike/clike.js", "Show a hint (1 of 1)", "id=\"lab-data\"", "RequestHandler<Map<String");
    }

    @Test
    void aLessonLinksToItsLabsThatExist() {
        assertThat(new Browser(server.port()).get("/lessons/second-steps").body())
                .contains("<h2>Labs</h2><ul><li><a href=\"/labs/hello\">Lab: hello</a></li></ul>")
                .doesNotContain("/labs/missing-lab");
    }

    @Test
    void anUnknownLabIsA404ThatListsTheLabs() throws Exception {
        Browser browser = new Browser(server.port());
        assertThat(browser.get("/labs/nope").statusCode()).isEqualTo(404);
        browser.get("/labs/hello");
        HttpResponse<String> run = browser.postJson("/labs/nope/run", body(GOOD, "{}"));
        assertThat(run.statusCode()).isEqualTo(404);
        assertThat(json(run).get("error").asText()).isEqualTo("There is no lab 'nope'. The labs are: hello.");
    }

    @Test
    void malformedEventsOversizedCodeAndStrangeFilesAreRefusedWith4xx() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/labs/hello");
        HttpResponse<String> badEvent = browser.postJson("/labs/hello/run", body(GOOD, "{\"name\": "));
        assertThat(badEvent.statusCode()).isEqualTo(400);
        assertThat(json(badEvent).get("error").asText()).startsWith("Expected the event to be JSON, found malformed JSON");
        HttpResponse<String> big = browser.postJson("/labs/hello/draft", body("x".repeat(256 * 1024 + 1), "{}"));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).get("error").asText()).contains("at most 256 KB of code");
        HttpResponse<String> other = browser.postJson("/labs/hello/draft", "{\"files\": {\"../etc/passwd\": \"x\"}, \"event\": \"{}\"}");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(browser.postJson("/labs/hello/draft", "not json").statusCode()).isEqualTo(400);
        assertThat(browser.postJsonWithoutToken("/labs/hello/draft", body(GOOD, "{}")).statusCode()).isEqualTo(403);
    }

    @Test
    void aDraftIsKeptAcrossAServerRestartAndShownOnlyToItsLearner() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/labs/hello");
        assertThat(browser.postJson("/labs/hello/draft", body("// my draft 42", "{\"name\": \"Lin\"}")).statusCode())
                .isEqualTo(200);
        server.close();
        server = TestServers.start(data, content);
        String page = new Browser(server.port(), browser.cookie()).get("/labs/hello").body();
        assertThat(page).contains("// my draft 42", "{\\\"name\\\": \\\"Lin\\\"}", ">saved<");
        assertThat(new Browser(server.port()).get("/labs/hello").body()).doesNotContain("my draft 42");
    }

    @Test
    void runningShowsCompileErrorsThenAColdStartThenWarmReuseThenANewDeployment() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/labs/hello");
        JsonNode broken = json(browser.postJson("/labs/hello/run", body("package hello;\nclass Hello { int x = ; }\n", "{}")));
        assertThat(broken.get("outcome").asText()).isEqualTo("COMPILE_ERROR");
        assertThat(broken.at("/compileProblems/0/file").asText()).isEqualTo("hello/Hello.java");
        assertThat(broken.at("/compileProblems/0/line").asInt()).isEqualTo(2);

        JsonNode first = json(browser.postJson("/labs/hello/run", body(GOOD.formatted("one"), "{\"name\": \"Ada\"}")));
        assertThat(first.get("outcome").asText()).as(first.toString()).isEqualTo("SUCCESS");
        assertThat(JSON.readTree(first.get("response").asText()).get("greeting").asText()).isEqualTo("Hello, Ada!");
        assertThat(JSON.readTree(first.get("response").asText()).get("version").asText()).isEqualTo("one");
        assertThat(first.get("coldStart").asBoolean()).isTrue();
        assertThat(first.get("deployed").asBoolean()).isTrue();
        // the handler's own lines are not asserted: the engine's log tail can be read before they arrive
        assertThat(first.get("log").asText()).contains("START RequestId:", "REPORT RequestId:", "Init Duration:");
        assertThat(first.get("memorySizeMb").asInt()).isEqualTo(256);
        assertThat(first.get("cost").decimalValue()).isPositive();
        assertThat(first.get("timeline").findValuesAsText("kind")).contains("COLD_START");

        JsonNode again = json(browser.postJson("/labs/hello/run", body(GOOD.formatted("one"), "{\"name\": \"Bo\"}")));
        assertThat(again.get("coldStart").asBoolean()).isFalse();
        assertThat(again.get("deployed").asBoolean()).isFalse();
        assertThat(again.get("timeline").findValuesAsText("kind")).contains("COLD_START", "INVOKE");

        JsonNode changed = json(browser.postJson("/labs/hello/run", body(GOOD.formatted("two"), "{\"name\": \"Cy\"}")));
        assertThat(changed.get("deployed").asBoolean()).isTrue();
        assertThat(changed.get("coldStart").asBoolean()).isTrue();
        assertThat(JSON.readTree(changed.get("response").asText()).get("version").asText()).isEqualTo("two");
        assertThat(browser.get("/labs/hello").body()).contains("<td>run</td><td>COMPILE_ERROR</td>", "<td>run</td><td>SUCCESS</td>");
    }
}
