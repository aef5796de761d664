package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken requests to every route: each gets a 4xx with a message saying what was expected and
 * what was found (JSON for the page's own requests, a page for a browser), never a 500 and never a
 * stack trace.
 */
class BadInputIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "/labs/hello/run";
    @TempDir
    static Path data;
    @TempDir
    static Path content;
    static CourseServer server;
    static Browser tab;

    @BeforeAll
    static void start() {
        TestServers.fixtureLabs(data);
        server = TestServers.start(data, TestServers.fixtureContent(content));
        tab = new Browser(server.port());
        tab.get("/lessons/basics");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void refusedWithJson(HttpResponse<String> response, int status, String... message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        try {
            assertThat(JSON.readTree(response.body()).path("error").asText()).contains(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        noStackTrace(response.body());
    }

    private static void refusedWithPage(HttpResponse<String> response, int status, String... message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("<h1>", "Go to the course map").contains(message);
        noStackTrace(response.body());
    }

    private static void noStackTrace(String body) {
        assertThat(body).doesNotContain("Exception", "\tat ", "at dojo.", "Something went wrong on the server");
    }

    @Test
    void unknownLessonsLabsAndPagesAreNotFoundPagesThatListWhatExists() {
        refusedWithPage(tab.get("/lessons/no-such-lesson"), 404, "There is no lesson &#39;no-such-lesson&#39;", "basics");
        refusedWithPage(tab.get("/lessons/..%2F..%2Fpom.xml"), 404, "There is no lesson");
        refusedWithPage(tab.get("/labs/no-such-lab"), 404, "There is no lab &#39;no-such-lab&#39;", "hello");
        refusedWithPage(tab.get("/labs/..%2F..%2Fpom.xml"), 404, "There is no lab");
        refusedWithPage(tab.get("/static/..%2F..%2Fpom.xml"), 404, "There is no page");
        refusedWithPage(tab.get("/labs/hello/submissions/no-such-job"), 404, "No Submit &#39;no-such-job&#39;");
        refusedWithPage(tab.get("/logout"), 405, "Expected a POST from the Log out button");
        refusedWithJson(tab.postJson("/labs/no-such-lab/run", "{\"files\":{},\"event\":\"{}\"}"), 404, "There is no lab", "hello");
        refusedWithJson(tab.postJson("/lessons/no-such-lesson/quiz/who-waits", "{\"answer\":0}"), 404, "There is no lesson");
        refusedWithJson(tab.postJson("/lessons/no-such-lesson/cells/reset", "{}"), 404, "There is no lesson");
    }

    @Test
    void bodiesThatAreNotAJsonObjectAreRefusedWithWhatWasFound() {
        refusedWithJson(tab.postJson(RUN, "{files"), 400, "Expected a JSON object", "malformed JSON");
        refusedWithJson(tab.postJson(RUN, "[1, 2]"), 400, "Expected a JSON object", "found array");
        refusedWithJson(tab.postJson("/labs/hello/draft", "null"), 400, "Expected a JSON object", "found null");
        refusedWithJson(tab.postJson("/labs/hello/submit", "[".repeat(5000) + "]".repeat(5000)), 400, "malformed JSON");
        refusedWithJson(tab.post(RUN, "text/plain", "{\"files\":{},\"event\":\"{}\"}"), 415, "Content-Type application/json",
                "'text/plain'");
        refusedWithJson(tab.post("/lessons/basics/quiz/who-waits", "application/x-www-form-urlencoded", "answer=0"), 415,
                "Content-Type application/json");
        refusedWithJson(tab.post("/lessons/basics/cells/0/run", null, "{\"code\":\"1\",\"above\":[]}"), 415, "no Content-Type");
    }

    @Test
    void aRequestWithoutTheCsrfTokenIsForbidden() {
        refusedWithJson(tab.postJsonWithoutToken(RUN, "{\"files\":{},\"event\":\"{}\"}"), 403, "no CSRF token", "reload the page");
        refusedWithJson(tab.postJsonWithoutToken("/lessons/basics/quiz/who-waits", "{\"answer\":0}"), 403, "no CSRF token");
    }

    @Test
    void oversizedBodiesAndCodeAreTooLargeWithTheLimit() {
        String huge = "x".repeat(2 * 1024 * 1024);
        refusedWithJson(tab.postJson(RUN, "{\"files\":{\"hello/Hello.java\":\"" + huge + "\"},\"event\":\"{}\"}"), 413,
                "Expected a request of at most 1024 KB", "shorten the code");
        refusedWithJson(tab.postJson("/lessons/basics/cells/0/run", "{\"code\":\"" + "int x = 1;".repeat(20_000) + "\",\"above\":[]}"),
                413, "Expected a request of at most");
        refusedWithJson(tab.postJson("/lessons/basics/cells/0/run", "{\"code\":\"" + "x".repeat(20_001) + "\",\"above\":[]}"), 413,
                "characters of code in a cell", "shorten the cell");
    }

    @Test
    void badQuizAnswersSayWhatAnAnswerLooksLike() {
        refusedWithJson(tab.postJson("/lessons/basics/quiz/who-waits", "{}"), 400, "Expected the index of one choice");
        refusedWithJson(tab.postJson("/lessons/basics/quiz/who-waits", "{\"answer\":{\"x\":1}}"), 400, "Expected the index");
        refusedWithJson(tab.postJson("/lessons/basics/quiz/pick-async", "{\"answer\":[0,99]}"), 400, "found 99");
        refusedWithJson(tab.postJson("/lessons/basics/quiz/free-requests", "{\"answer\":\"lots\"}"), 400, "Expected a number",
                "lots");
        refusedWithJson(tab.postJson("/lessons/basics/quiz/free-requests", "{\"answer\":\"NaN\"}"), 400, "Expected a number");
        refusedWithJson(tab.postJson("/lessons/basics/quiz/no-such-question", "{\"answer\":0}"), 404, "no quiz question",
                "who-waits");
    }

    @Test
    void badCellRequestsNameTheCellsAndFieldsExpected() {
        refusedWithJson(tab.postJson("/lessons/basics/cells/abc/run", "{\"code\":\"1\"}"), 404, "Expected a cell number", "'abc'");
        refusedWithJson(tab.postJson("/lessons/basics/cells/99999999999/run", "{\"code\":\"1\"}"), 404, "Expected a cell number");
        refusedWithJson(tab.postJson("/lessons/basics/cells/0/run", "{\"code\":5}"), 400, "Expected 'code' as a string", "number");
        refusedWithJson(tab.postJson("/lessons/basics/cells/1/run", "{\"code\":\"1\"}"), 400, "Expected 'above'", "found nothing");
    }

    @Test
    void malformedRunsAreRefusedBeforeAnythingIsDeployed() {
        refusedWithJson(tab.postJson(RUN, "{}"), 400, "Expected 'files' as an object", "found nothing");
        refusedWithJson(tab.postJson(RUN, "{\"files\":[1],\"event\":\"{}\"}"), 400, "Expected 'files'", "found array");
        refusedWithJson(tab.postJson(RUN, "{\"files\":{\"hello/Hello.java\":7},\"event\":\"{}\"}"), 400, "as a string of Java source");
        refusedWithJson(tab.postJson(RUN, "{\"files\":{},\"event\":5}"), 400, "Expected 'event' as the event's JSON text");
        refusedWithJson(tab.postJson(RUN, "{\"files\":{},\"event\":\"{not json\"}"), 400, "Expected the event to be JSON",
                "line 1", "fix the event");
        String deep = "[".repeat(2000) + "]".repeat(2000);
        refusedWithJson(tab.postJson(RUN, "{\"files\":{},\"event\":\"" + deep + "\"}"), 400, "Expected the event to be JSON",
                "nesting depth");
    }

    @Test
    void labFileNamesOutsideTheStarterAreRefused() {
        for (String name : new String[] {"../../../etc/passwd.java", "/etc/Hello.java", "hello/../../Hello.java", "Hello.java"}) {
            String body = "{\"files\":{\"" + name + "\":\"class X {}\"},\"event\":\"{}\"}";
            refusedWithJson(tab.postJson(RUN, body), 400, "Expected files of lab 'hello' (hello/Hello.java)", "'" + name + "'");
            refusedWithJson(tab.postJson("/labs/hello/draft", body), 400, "Expected files of lab 'hello'");
            refusedWithJson(tab.postJson("/labs/hello/submit", body), 400, "Expected files of lab 'hello'");
        }
    }

    @Test
    void requestsJettyRefusesBeforeAnyRouteGetAPlainMessageNotJettysPage() {
        String badEscape = raw("GET /lessons/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(badEscape).startsWith("HTTP/1.1 400").contains("text/plain", "Expected a well-formed request")
                .doesNotContain("<h2>", "badMessage", "Exception");
        String bigCookie = raw("GET / HTTP/1.1\r\nHost: localhost\r\nCookie: a=" + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(bigCookie).startsWith("HTTP/1.1 431").contains("clear this site's cookies").doesNotContain("Exception");
    }

    private static String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
