package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One learner in real headless Chromium (Debian's chromium and chromedriver, never a download):
 * reads a lesson, runs a cell, answers a quiz, runs a lab cold then warm, sees a compile error
 * marked, keeps a draft across a reload, submits a failing then a passing solution of the
 * repository's first-handler lab, reveals a hint, and sees progress. Screenshots go to
 * target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChromiumIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    @TempDir
    static Path data;
    @TempDir
    static Path content;
    @TempDir
    static Path profile;
    static CourseServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String message = "Expected Debian's chromium at " + CHROMIUM + " and chromedriver at " + DRIVER
                    + ", found " + (Files.isExecutable(CHROMIUM) ? "no chromedriver" : "no chromium")
                    + "; run apt-get install chromium chromium-driver";
            if (System.getenv("CI") != null) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        TestServers.fixtureLabs(data);
        TestServers.repositoryLab(data, "first-handler");
        server = TestServers.start(data, TestServers.fixtureContent(content));
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
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

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setCode(String code) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", code);
    }

    @Test
    @Order(1)
    void aLearnerReadsALessonAndRunsACell() {
        browser.get(base + "/lessons/basics");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Basics of the fixture");
        screenshot("lesson");
        browser.findElements(By.cssSelector("button.run-cell")).get(0).click();
        waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cell-result"), "base 40"));
    }

    @Test
    @Order(2)
    void aLearnerAnswersAQuizQuestion() {
        browser.get(base + "/lessons/basics");
        var form = browser.findElement(By.cssSelector("form.quiz-question[data-question='who-waits']"));
        form.findElements(By.cssSelector("input")).get(0).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[data-question='who-waits'] .quiz-feedback"), "Correct."));
        screenshot("quiz");
    }

    @Test
    @Order(3)
    void aLearnerSeesACompileErrorOnItsLineThenRunsTheLabColdThenWarm() {
        browser.get(base + "/labs/hello");
        waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror-gutters")));
        setCode("package hello;\n\npublic class Hello {\n    int x = ;\n}\n");
        browser.findElement(By.id("lab-run")).click();
        waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lab-error-line")));
        assertThat(browser.findElement(By.id("lab-problems")).getText()).contains("hello/Hello.java:4");
        screenshot("lab-compile-error");

        browser.findElement(By.id("lab-reset")).click();
        browser.switchTo().alert().accept();
        browser.findElement(By.id("lab-run")).click();
        waiting(90).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lab-result .run-head"), "cold start"));
        assertThat(browser.findElement(By.cssSelector(".lab-response")).getText()).contains("Hello, Ada!");
        assertThat(browser.findElement(By.cssSelector(".lab-log")).getText()).contains("REPORT RequestId:");
        browser.findElement(By.id("lab-run")).click();
        waiting(60).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lab-result .run-head"), "warm start"));
        assertThat(browser.findElements(By.cssSelector(".timeline-chart circle")).size()).isGreaterThanOrEqualTo(2);
        assertThat(browser.findElements(By.cssSelector("#lab-attempts tr"))).hasSize(3);
        screenshot("lab-run");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        screenshot("lab-phone");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @Test
    @Order(4)
    void aDraftTypedInTheEditorIsThereAfterAReload() {
        browser.get(base + "/labs/hello");
        waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        browser.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys("// typed in chromium");
        waiting(10).until(ExpectedConditions.textToBe(By.id("lab-save-state"), "saved"));
        browser.navigate().refresh();
        waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        Object code = ((JavascriptExecutor) browser).executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertThat((String) code).contains("// typed in chromium");
    }

    @Test
    @Order(5)
    void aLearnerSubmitsAFailingThenAPassingSolutionAndRevealsAHint() {
        String file = "greeter/Greeter.java";
        browser.get(base + "/labs/first-handler");
        waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        setCode(TestServers.repositoryLabFile("first-handler", "wrong/no-log/" + file));
        browser.findElement(By.id("lab-submit")).click();
        waiting(240).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lab-grade .grade-head"), "Not yet"));
        var firstCheck = browser.findElement(By.cssSelector("#lab-grade .checks > li"));
        assertThat(firstCheck.getAttribute("class")).contains("first-failure", "check-fail");
        assertThat(firstCheck.getAttribute("data-check")).isEqualTo("logsEachGreeting");
        assertThat(browser.findElements(By.cssSelector("#lab-grade .check-pass"))).isNotEmpty();
        screenshot("lab-submit-failing");

        browser.findElement(By.id("lab-hint")).click();
        waiting(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#lab-hint-list > li"), 1));
        assertThat(browser.findElement(By.id("lab-hint-list")).getText()).contains("Reading the name");
        assertThat(browser.findElement(By.id("lab-hint")).getText()).isEqualTo("Show a hint (2 of 5)");
        screenshot("lab-hint");

        setCode(TestServers.repositoryLabFile("first-handler", "solution/" + file));
        browser.findElement(By.id("lab-submit")).click();
        waiting(240).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lab-grade .grade-head"), "Passed"));
        assertThat(browser.findElement(By.cssSelector("#lab-grade .grade-head")).getText()).contains("9 of 9 points");
        assertThat(browser.findElements(By.cssSelector("#lab-grade .check-fail"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#lab-attempts tr"))).hasSize(2);
        screenshot("lab-submit-passing");

        browser.navigate().refresh();
        waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lab-grade .grade-head"), "Passed"));
        assertThat(browser.findElements(By.cssSelector("#lab-hint-list > li"))).as("the revealed hint is remembered").hasSize(1);
    }

    @Test
    @Order(6)
    void theDashboardShowsTheLessonReadTheQuizScoreAndTheLabs() {
        browser.get(base + "/dashboard");
        assertThat(browser.findElement(By.cssSelector(".totals")).getText()).startsWith("1 of 2 lessons read");
        assertThat(browser.findElement(By.cssSelector(".lab-totals")).getText()).isEqualTo("1 of 2 labs passed");
        assertThat(browser.findElement(By.cssSelector("tr[data-lab='first-handler']")).getText()).contains("passed", "9 of 9 points");
        assertThat(browser.findElement(By.cssSelector("tr[data-lab='hello'] .lab-status")).getText()).isEqualTo("in progress");
        screenshot("dashboard");
    }
}
