package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The course at a phone's width (390 x 844) and from the keyboard, in real headless Chromium
 * (Debian's chromium and chromedriver): no page scrolls sideways, every page has its landmarks and
 * one h1, Tab reaches a quiz's options and the lab's Run and Submit (leaving the editor with Esc),
 * and the focused control shows an outline. Full-page phone screenshots go to target/screenshots.
 */
class ChromiumLayoutIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Map<String, String> PAGES = Map.of("course-map", "/", "lesson", "/lessons/basics", "lab", "/labs/hello",
            "dashboard", "/dashboard", "login", "/login", "register", "/register", "not-found", "/lessons/no-such-lesson");
    @TempDir
    static Path data;
    @TempDir
    static Path content;
    @TempDir
    static Path profile;
    static CourseServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String message = "Expected Debian's chromium at " + CHROMIUM + " and chromedriver at " + DRIVER
                    + "; run apt-get install chromium chromium-driver";
            if (System.getenv("CI") != null) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        TestServers.fixtureLabs(data);
        server = TestServers.start(data, TestServers.fixtureContent(content));
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=390,844");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build(), options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void open(String path) {
        browser.manage().window().setSize(PHONE);
        browser.get(base + path);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> js("return document.readyState").equals("complete"));
    }

    /** The whole page at phone width, beyond the viewport (Chromium's own capture, the window keeps its size). */
    private static void fullPageShot(String name) {
        long width = (Long) js("return document.documentElement.clientWidth");
        long height = Math.min((Long) js("return document.documentElement.scrollHeight"), 8000);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.write(SHOTS.resolve("phone-" + name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    @Test
    void noPageScrollsSidewaysAtPhoneWidthAndEachHasItsLandmarksAndOneH1() {
        PAGES.forEach((name, path) -> {
            open(path);
            if (name.equals("lab")) {
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
            }
            long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
            long viewport = (Long) js("return document.documentElement.clientWidth");
            assertThat(scrollWidth).as("%s scrolls sideways at %d px", path, viewport).isLessThanOrEqualTo(viewport);
            for (String landmark : List.of("header", "nav", "main", "footer")) {
                assertThat(browser.findElements(By.tagName(landmark))).as("%s has a <%s>", path, landmark).isNotEmpty();
            }
            assertThat(browser.findElements(By.tagName("h1"))).as("%s has one h1", path).hasSize(1);
            String h1 = browser.findElement(By.tagName("h1")).getText();
            assertThat(browser.getTitle()).as("%s names the page in its title", path).startsWith(h1);
            fullPageShot(name);
        });
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        open("/lessons/basics");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Skip to content");
        assertThat(focused().getCssValue("outline-style")).isNotEqualTo("none");
        press(Keys.ENTER);
        assertThat(focused().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void tabReachesEveryQuizOptionAndSpaceAndEnterAnswerIt() {
        open("/lessons/basics");
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 80 && !"who-waits".equals(question(focused())); i++) {
            press(Keys.TAB);
        }
        WebElement radio = focused();
        assertThat(radio.getAttribute("type")).isEqualTo("radio");
        assertThat(radio.getCssValue("outline-style")).isNotEqualTo("none");
        press(Keys.SPACE);
        assertThat(radio.isSelected()).isTrue();
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Check answer");
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[data-question='who-waits'] .quiz-feedback[aria-live]"), "Correct."));
        for (int i = 0; i < 10; i++) {
            press(Keys.TAB);
            if ("pick-async".equals(question(focused())) && "checkbox".equals(focused().getAttribute("type"))) {
                stops.add(focused().getAttribute("value"));
            }
        }
        assertThat(stops).as("each checkbox of the multiple-choice question is a tab stop").hasSize(3);
    }

    private static String question(WebElement element) {
        return (String) js("const f = arguments[0].closest('form.quiz-question'); return f ? f.dataset.question : null", element);
    }

    @Test
    void tabLeavesTheEditorAfterEscAndReachesRunAndSubmit() {
        open("/labs/hello");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        js("document.getElementById('lab-file').focus()");
        press(Keys.TAB);
        assertThat(focused().getAttribute("aria-label")).isEqualTo("Java code of hello/Hello.java");
        assertThat(browser.findElement(By.cssSelector(".CodeMirror")).getCssValue("box-shadow")).as("the focused editor is outlined")
                .isNotEqualTo("none");
        press(Keys.TAB);
        assertThat(focused().getAttribute("aria-label")).as("Tab indents inside the editor").startsWith("Java code");
        press(Keys.ESCAPE);
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            press(Keys.TAB);
            stops.add(focused().getAttribute("id"));
        }
        assertThat(stops).containsSubsequence("lab-event-pick", "lab-event", "lab-run", "lab-submit");
        assertThat(browser.findElement(By.id("lab-run-state")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findElement(By.id("lab-grade-state")).getAttribute("aria-live")).isEqualTo("polite");
    }
}
