package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course server over HTTP, as a browser tab uses it: lessons, cells, quizzes, errors. */
class CourseServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path data;
    @TempDir
    static Path content;
    static CourseServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(data, TestServers.fixtureContent(content));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLessonPageShowsEveryFeatureOfTheLessonFormat() {
        HttpResponse<String> page = new Browser(server.port()).get("/lessons/basics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).containsIgnoringCase("charset=utf-8");
        String html = page.body();
        assertThat(html).contains("<h1>Basics of the fixture</h1>", "<table class=\"table\">", "adm-block adm-note",
                "<pre class=\"mermaid\">flowchart LR\n    A[client] --&gt; B((function))", "class=\"language-json\"",
                "<a href=\"#a-table\">A table</a>", "<textarea class=\"cell-code\"", "Expected output",
                "data-kind=\"pricing-calculator\"", "id=\"price-sheet\"", "/webjars/mermaid/", "/webjars/highlightjs/",
                "rel=\"next\" href=\"/lessons/second-steps\"");
        assertThat(html).doesNotContain("SECRET-EXPLANATION-ONE", "source: https://example.com");
        assertThat(html.split("<h1", -1)).hasSize(2);
    }

    @Test
    void theCourseMapListsTheLessonsOfCourseYml() {
        String html = new Browser(server.port()).get("/").body();
        assertThat(html).contains("<h1>Fixture Course</h1>", "every</strong> feature", "1. Basics of the fixture",
                "2. Second steps");
    }

    @Test
    void staticFilesAndWebJarsAreServed() {
        Browser browser = new Browser(server.port());
        assertThat(browser.get("/static/course.js").statusCode()).isEqualTo(200);
        String lesson = browser.get("/lessons/basics").body();
        String mermaid = lesson.replaceAll("(?s).*src=\"(/webjars/mermaid/[^\"]+)\".*", "$1");
        assertThat(browser.get(mermaid).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownLessonIsAClearNotFoundPageAndJsonForScripts() {
        Browser browser = new Browser(server.port());
        HttpResponse<String> page = browser.get("/lessons/no-such-lesson");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no lesson &#39;no-such-lesson&#39;. The lessons are: basics, second-steps.")
                .doesNotContain("Exception", "at dojo.");
        HttpResponse<String> json = browser.getJson("/nowhere");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"error\":\"There is no page at /nowhere");
    }

    @Test
    void cellsOfAPageShareTheLearnersSession() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/lessons/basics");
        JsonNode first = run(browser, 0, "int base = 40;\nSystem.out.println(\"base \" + base);", List.of());
        assertThat(first.at("/runs/0/snippets/1/stdout").asText()).isEqualTo("base 40\n");
        JsonNode second = run(browser, 1, "System.out.println(base + 2);\nbase * 2", List.of("int base = 40;"));
        assertThat(second.at("/runs").size()).isEqualTo(1);
        assertThat(second.at("/runs/0/ending").asText()).isEqualTo("COMPLETED");
        assertThat(second.at("/runs/0/snippets/0/stdout").asText()).isEqualTo("42\n");
        assertThat(second.at("/runs/0/snippets/1/value").asText()).isEqualTo("80");
    }

    @Test
    void compileErrorsComeBackAsResultsNotFailures() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/lessons/basics");
        JsonNode result = run(browser, 0, "int x = \"text\";", List.of());
        assertThat(result.at("/runs/0/snippets/0/status").asText()).isEqualTo("COMPILE_ERROR");
        assertThat(result.at("/runs/0/snippets/0/problems/0").asText()).startsWith("line 1: incompatible types");
    }

    @Test
    void anEndlessLoopEndsWithAClearMessageAndAFreshSession() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/lessons/basics");
        JsonNode loop = run(browser, 0, "while (true) { }", List.of());
        assertThat(loop.at("/runs/0/ending").asText()).isEqualTo("TIMED_OUT");
        assertThat(loop.at("/runs/0/message").asText()).startsWith("Stopped: cell 1 was still running after 3 seconds");
        JsonNode after = run(browser, 0, "System.out.println(\"alive\");", List.of());
        assertThat(after.at("/runs/0/snippets/0/stdout").asText()).isEqualTo("alive\n");
    }

    @Test
    void systemExitEndsTheSessionWithAClearMessageAndTheServerStaysUp() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/lessons/basics");
        JsonNode exit = run(browser, 0, "System.exit(0);", List.of());
        assertThat(exit.at("/runs/0/ending").asText()).isEqualTo("SESSION_ENDED");
        assertThat(exit.at("/runs/0/message").asText()).contains("ended with exit code 0", "System.exit");
        assertThat(browser.get("/lessons/basics").statusCode()).isEqualTo(200);
        JsonNode after = run(browser, 1, "System.out.println(base);", List.of("int base = 7;"));
        assertThat(after.at("/runs/1/snippets/0/stdout").asText()).isEqualTo("7\n");
    }

    @Test
    void badCellRequestsAreClear4xxAnswers() {
        Browser browser = new Browser(server.port());
        browser.get("/lessons/basics");
        HttpResponse<String> malformed = browser.postJson("/lessons/basics/cells/0/run", "{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformed JSON");
        HttpResponse<String> oversized = browser.postJson("/lessons/basics/cells/0/run",
                "{\"code\":\"" + "x".repeat(25_000) + "\",\"above\":[]}");
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(oversized.body()).contains("at most 20000 characters");
        HttpResponse<String> noCell = browser.postJson("/lessons/basics/cells/9/run", "{\"code\":\"1\",\"above\":[]}");
        assertThat(noCell.statusCode()).isEqualTo(404);
        assertThat(noCell.body()).contains("Expected a cell number from 0 to 1");
        HttpResponse<String> noAbove = browser.postJson("/lessons/basics/cells/1/run", "{\"code\":\"1\"}");
        assertThat(noAbove.statusCode()).isEqualTo(400);
        HttpResponse<String> noToken = browser.postJsonWithoutToken("/lessons/basics/cells/0/run", "{\"code\":\"1\",\"above\":[]}");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("CSRF");
    }

    @Test
    void quizAnswersAreGradedOnTheServerAndCountAsProgress() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/lessons/basics");
        JsonNode single = JSON.readTree(browser.postJson("/lessons/basics/quiz/who-waits", "{\"answer\":0}").body());
        assertThat(single.get("correct").asBoolean()).isTrue();
        assertThat(single.get("explanationHtml").asText()).contains("SECRET-EXPLANATION-ONE");
        JsonNode multiple = JSON.readTree(browser.postJson("/lessons/basics/quiz/pick-async", "{\"answer\":[0]}").body());
        assertThat(multiple.get("correct").asBoolean()).isFalse();
        assertThat(multiple.get("correctChoices").toString()).isEqualTo("[0,2]");
        JsonNode numeric = JSON.readTree(browser.postJson("/lessons/basics/quiz/free-requests", "{\"answer\":\"1,000,000\"}").body());
        assertThat(numeric.get("correct").asBoolean()).isTrue();
        HttpResponse<String> notANumber = browser.postJson("/lessons/basics/quiz/free-requests", "{\"answer\":\"lots\"}");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("Expected a number such as 1234.5");

        String dashboard = browser.get("/dashboard").body();
        assertThat(dashboard).contains("1 of 2 lessons read", "2 of 3 quiz questions right");
        assertThat(dashboard).containsPattern("data-lesson=\"basics\">.*<td class=\"read\">read</td><td class=\"quiz-score\">2 of 3 right");
    }

    @Test
    void aChangedLessonFileIsServedWithoutRestart() throws Exception {
        Path file = content.resolve("lessons/02-second-steps.md");
        String original = Files.readString(file);
        try {
            Browser browser = new Browser(server.port());
            assertThat(browser.get("/lessons/second-steps").body()).contains("Plain text.");
            Files.writeString(file, original.replace("Plain text.", "Edited text, longer than before."));
            assertThat(browser.get("/lessons/second-steps").body()).contains("Edited text, longer than before.");
        } finally {
            Files.writeString(file, original);
        }
    }

    private static JsonNode run(Browser browser, int cell, String code, List<String> above) throws Exception {
        HttpResponse<String> response = browser.postJson("/lessons/basics/cells/" + cell + "/run",
                JSON.writeValueAsString(Map.of("code", code, "above", above)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
