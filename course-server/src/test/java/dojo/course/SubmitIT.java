package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submit over HTTP with the real graders on the server's embedded engine: the repository's
 * first-handler lab graded failing then passing, attempts and the dashboard, one Submit at a time
 * per learner, and bad input refused with 4xx JSON.
 */
class SubmitIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "greeter/Greeter.java";
    @TempDir
    static Path data;
    @TempDir
    static Path content;
    static CourseServer server;

    @BeforeAll
    static void start() {
        TestServers.fixtureLabs(data);
        TestServers.repositoryLab(data, "first-handler");
        server = TestServers.start(data, TestServers.fixtureContent(content));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String body(String file, String code) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("files").put(file, code);
        body.put("event", "{\"name\": \"Ada\"}");
        return body.toString();
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** Polls the job until it is graded (a grade takes seconds to tens of seconds). */
    static JsonNode graded(Browser browser, JsonNode submitted) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> poll = browser.getJson(submitted.get("poll").asText());
            assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
            JsonNode job = json(poll);
            if (job.get("state").asText().equals("DONE")) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Expected the Submit to be graded within 4 minutes, found it still running");
    }

    @Test
    void aFailingThenAPassingSubmitAreGradedKeptAndShownOnTheDashboard() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/labs/first-handler");
        HttpResponse<String> first = browser.postJson("/labs/first-handler/submit",
                body(FILE, TestServers.repositoryLabFile("first-handler", "wrong/no-log/" + FILE)));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        HttpResponse<String> twice = browser.postJson("/labs/first-handler/submit", body(FILE, "// again"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).get("error").asText()).startsWith("A Submit of yours is still being graded");
        assertThat(new Browser(server.port()).getJson(json(first).get("poll").asText()).statusCode())
                .as("another learner cannot see this Submit").isEqualTo(404);

        JsonNode failing = graded(browser, json(first));
        JsonNode grade = failing.get("grade");
        assertThat(grade.get("status").asText()).as(grade.toString()).isEqualTo("FAIL");
        assertThat(failing.get("attemptId").asText()).isNotBlank();
        assertThat(grade.findValuesAsText("id")).contains("greetsByName", "logsEachGreeting")
                .doesNotContain("trimsSpacesAroundTheName");
        assertThat(grade.get("hiddenChecks").asInt()).isEqualTo(1);
        JsonNode logCheck = grade.get("checks").get(3);
        assertThat(logCheck.get("id").asText()).isEqualTo("logsEachGreeting");
        assertThat(logCheck.get("status").asText()).isEqualTo("FAIL");
        assertThat(logCheck.get("message").asText()).isNotBlank();
        assertThat(logCheck.get("evidence").get(0).get("report").asText()).contains("Billed Duration");
        assertThat(grade.get("score").asDouble()).isLessThan(grade.get("maxScore").asDouble());

        JsonNode passing = graded(browser, json(browser.postJson("/labs/first-handler/submit",
                body(FILE, TestServers.repositoryLabFile("first-handler", "solution/" + FILE)))));
        assertThat(passing.at("/grade/status").asText()).as(passing.toString()).isEqualTo("PASS");
        assertThat(passing.at("/grade/score").asDouble()).isEqualTo(passing.at("/grade/maxScore").asDouble()).isEqualTo(9);

        String page = browser.get("/labs/first-handler").body();
        assertThat(page).contains("<td>submit</td><td>FAIL</td><td>", "<td>submit</td><td>PASS</td><td>9 of 9 points</td>",
                "\"lastGrade\":{\"status\":\"PASS\"");
        String dashboard = browser.get("/dashboard").body();
        assertThat(dashboard).containsPattern("data-lab=\"first-handler\">.*<td class=\"lab-status[^\"]*\">passed</td>"
                + "<td class=\"lab-best\">9 of 9 points</td>");
        assertThat(dashboard).containsPattern("data-lab=\"hello\">.*<td class=\"lab-status[^\"]*\">not started</td>");
    }

    @Test
    void codeThatDoesNotCompileIsGradedAsAnErrorWithItsLines() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/labs/first-handler");
        JsonNode job = graded(browser, json(browser.postJson("/labs/first-handler/submit",
                body(FILE, "package greeter;\n\npublic class Greeter {\n    int x = ;\n}\n"))));
        assertThat(job.at("/grade/status").asText()).isEqualTo("ERROR");
        assertThat(job.at("/grade/message").asText()).contains("does not compile");
        assertThat(job.at("/grade/compileProblems/0/file").asText()).isEqualTo(FILE);
        assertThat(job.at("/grade/compileProblems/0/line").asInt()).isEqualTo(4);
        assertThat(browser.get("/dashboard").body()).containsPattern("data-lab=\"first-handler\">.*>in progress</td>");
    }

    @Test
    void unknownLabsUngradableLabsOversizedCodeAndUnknownJobsAre4xxJson() throws Exception {
        Browser browser = new Browser(server.port());
        browser.get("/labs/hello");
        HttpResponse<String> unknown = browser.postJson("/labs/nope/submit", body(FILE, "x"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).startsWith("There is no lab 'nope'.");
        HttpResponse<String> ungradable = browser.postJson("/labs/hello/submit", body("hello/Hello.java", "x"));
        assertThat(ungradable.statusCode()).isEqualTo(409);
        assertThat(json(ungradable).get("error").asText()).startsWith("The lab 'hello' cannot be graded:");
        HttpResponse<String> big = browser.postJson("/labs/first-handler/submit", body(FILE, "x".repeat(256 * 1024 + 1)));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).get("error").asText()).contains("at most 256 KB of code");
        HttpResponse<String> strange = browser.postJson("/labs/first-handler/submit", body("../../etc/passwd", "x"));
        assertThat(strange.statusCode()).isEqualTo(400);
        HttpResponse<String> noJob = browser.getJson("/labs/first-handler/submissions/nope");
        assertThat(noJob.statusCode()).isEqualTo(404);
        assertThat(json(noJob).get("error").asText()).startsWith("No Submit 'nope' of yours");
    }
}
