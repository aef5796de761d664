package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guests, registration, login, logout and progress over HTTP. */
class AccountsIT {
    @TempDir
    static Path data;
    @TempDir
    static Path content;
    static CourseServer server;

    @BeforeAll
    static void start() {
        TestServers.fixtureLabs(data);
        server = TestServers.start(data, TestServers.fixtureContent(content));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aGuestsProgressIsKeptWhenTheyRegister() {
        Browser browser = new Browser(server.port());
        browser.get("/lessons/basics");
        String guestCookie = browser.cookie();
        assertThat(browser.postJson("/lessons/basics/quiz/who-waits", "{\"answer\":0}").statusCode()).isEqualTo(200);

        HttpResponse<String> registered = browser.postForm("/register", Map.of("username", "Grace", "password", "a long enough secret"));
        assertThat(registered.statusCode()).isEqualTo(303);
        assertThat(registered.headers().firstValue("Location")).hasValue("/dashboard");
        assertThat(registered.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("HttpOnly", "SameSite=Lax", "Secure", "Path=/");
        assertThat(browser.cookie()).isNotEqualTo(guestCookie);

        String dashboard = browser.get("/dashboard").body();
        assertThat(dashboard).contains("Logged in as <strong>grace</strong>", "1 of 2 lessons read", "1 of 3 quiz questions right");
    }

    @Test
    void loggingInFromAnotherBrowserShowsTheSameProgressAndBringsTheGuestsAlong() {
        Browser first = new Browser(server.port());
        first.get("/register");
        first.postForm("/register", Map.of("username", "linus", "password", "another long secret"));
        first.get("/lessons/basics");

        Browser second = new Browser(server.port());
        second.get("/lessons/second-steps");
        second.postForm("/login", Map.of("username", "LINUS", "password", "another long secret"));
        String dashboard = second.get("/dashboard").body();
        assertThat(dashboard).contains("Logged in as <strong>linus</strong>", "2 of 2 lessons read");

        HttpResponse<String> loggedOut = second.postForm("/logout", Map.of());
        assertThat(loggedOut.statusCode()).isEqualTo(303);
        assertThat(second.get("/dashboard").body()).contains("You are learning as a guest", "0 of 2 lessons read");
    }

    /** A draft, a Run (code that does not compile: no engine needed) and the one hint of the fixture lab. */
    private static void workOnTheLab(Browser browser, String draft) {
        browser.get("/labs/hello");
        String body = "{\"files\": {\"hello/Hello.java\": \"class Broken { int x = ; } " + draft + "\"}, \"event\": \"{}\"}";
        assertThat(browser.postJson("/labs/hello/run", body).statusCode()).isEqualTo(200);
        assertThat(browser.postJson("/labs/hello/hints", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void aGuestsDraftsAttemptsAndHintsStayWhenTheyRegister() {
        Browser browser = new Browser(server.port());
        workOnTheLab(browser, "// guest draft before registering");
        browser.postForm("/register", Map.of("username", "ada-labs", "password", "a long enough secret"));
        String page = browser.get("/labs/hello").body();
        assertThat(page).contains("// guest draft before registering", "<td>run</td><td>COMPILE_ERROR</td>", "All hints shown.",
                "<h3>Hint 1</h3>");
        assertThat(browser.get("/dashboard").body()).containsPattern("data-lab=\"hello\">.*>in progress</td>");
    }

    @Test
    void aGuestWhoLogsInBringsTheirLabWorkIntoTheAccountAndTheNewerDraftWins() {
        Browser account = new Browser(server.port());
        account.get("/register");
        account.postForm("/register", Map.of("username", "mira", "password", "mira's long secret"));
        account.get("/labs/hello");
        account.postJson("/labs/hello/draft", "{\"files\": {\"hello/Hello.java\": \"// older account draft\"}, \"event\": \"{}\"}");
        assertThat(account.get("/labs/hello").body()).contains("Show a hint (1 of 1)").doesNotContain("<td>run</td>");

        Browser guest = new Browser(server.port());
        workOnTheLab(guest, "// newer guest draft");
        guest.get("/login");
        assertThat(guest.postForm("/login", Map.of("username", "mira", "password", "mira's long secret")).statusCode()).isEqualTo(303);
        String page = guest.get("/labs/hello").body();
        assertThat(page).contains("// newer guest draft", "<td>run</td><td>COMPILE_ERROR</td>", "All hints shown.")
                .doesNotContain("// older account draft");
        assertThat(account.get("/labs/hello").body()).contains("// newer guest draft", "<td>run</td><td>COMPILE_ERROR</td>");
        assertThat(new Browser(server.port()).get("/labs/hello").body()).doesNotContain("newer guest draft", "<td>run</td>");
    }

    @Test
    void registrationMistakesAreShownOnTheForm() {
        Browser browser = new Browser(server.port());
        browser.get("/register");
        HttpResponse<String> shortPassword = browser.postForm("/register", Map.of("username", "ok-name", "password", "short"));
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("Expected a password of 10 to 200 characters, found 5 characters");
        HttpResponse<String> badName = browser.postForm("/register", Map.of("username", "a b", "password", "long enough password"));
        assertThat(badName.body()).contains("Expected a username of 3 to 32 letters");
        browser.postForm("/register", Map.of("username", "taken", "password", "long enough password"));
        Browser other = new Browser(server.port());
        other.get("/register");
        HttpResponse<String> taken = other.postForm("/register", Map.of("username", "taken", "password", "long enough password"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("The username &#39;taken&#39; is taken");
    }

    @Test
    void repeatedWrongPasswordsAreRateLimited() {
        Browser owner = new Browser(server.port());
        owner.get("/register");
        owner.postForm("/register", Map.of("username", "target", "password", "the real password"));
        Browser attacker = new Browser(server.port());
        attacker.get("/login");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = attacker.postForm("/login", Map.of("username", "target", "password", "guess " + i));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("The username or password is not right");
        }
        HttpResponse<String> limited = attacker.postForm("/login", Map.of("username", "target", "password", "the real password"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Too many failed logins for &#39;target&#39;; try again in 15 minute(s)");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Browser browser = new Browser(server.port());
        HttpResponse<String> noSession = browser.postForm("/login", Map.of("username", "x", "password", "y"));
        assertThat(noSession.statusCode()).isEqualTo(403);
        assertThat(noSession.body()).contains("Your session has expired");
    }
}
