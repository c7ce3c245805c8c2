package se.redaktionen.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import se.redaktionen.organisation.StaffUser;

/**
 * The application on a real port and a real headless Chromium (Debian's) to drive it, with axe-core
 * checking WCAG 2.1 A and AA. Each test starts at desktop width (1280 px) and signed out. The context is
 * {@link PostgresServerTest}'s, so the browser tests start no context of their own.
 */
@PostgresServerTest
public abstract class BrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static ChromeDriverService service;
    protected static WebDriver driver;

    @LocalServerPort
    protected int port;
    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestData data;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(new File(CHROMIUM)).as("Debian's chromium must be installed (apt-get install chromium)")
                .canRead();
        assertThat(new File(CHROMEDRIVER)).as("Debian's chromium-driver must be installed").canRead();
        Path profileDir = Files.createTempDirectory("redaktionen-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=sv", "--user-data-dir=" + profileDir);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @BeforeEach
    void freshVisitor() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    /** Signs in on the login page as one of the demo's people, whose password is "demo". */
    protected void logIn(String demoUsername) {
        logIn(demoUsername, "demo");
    }

    /** Signs in on the login page as someone {@link TestData} made. */
    protected void logIn(StaffUser person) {
        logIn(person.getUsername(), TestData.PASSWORD);
    }

    private void logIn(String username, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"), "logged in as " + username);
    }

    /** A click that submits or follows a link returns before the next page is there. */
    protected static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, String what) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage(what).until(condition);
    }

    protected void assertNoViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (!results.getViolations().isEmpty()) {
            fail("axe-core WCAG 2.1 A/AA violations on %s:%n%s", driver.getCurrentUrl(),
                    describe(results.getViolations()));
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " <" + v.getHelpUrl()
                        + ">\n    at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
