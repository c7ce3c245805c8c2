package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.redaktionen.publishing.internal.PublishingRounds;
import se.redaktionen.support.BrowserTest;

/** The core flows in a real headless Chromium, with axe-core checking WCAG 2.1 A and AA. */
class BrowserFlowTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo-staff", "demo-editor", "demo-admin"})
    void eachDemoRoleLogsInAndSeesTheSwedishDashboardWithTheCoverageWarning(String username) {
        logIn(username);

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Översikt");
        assertThat(driver.findElement(By.id("coverage-warning")).getText()).contains("Tullinge");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(username);
        for (String adminPage : List.of("/admin/people", "/admin/branches")) {
            assertThat(driver.findElements(By.cssSelector("nav a[href='" + adminPage + "']")))
                    .as("navigation link to %s for %s", adminPage, username)
                    .hasSize(username.equals("demo-admin") ? 1 : 0);
        }
    }

    @Test
    void theLanguageSwitchTurnsThePagesEnglishAndTheChoiceStays() {
        logIn("demo-editor");

        driver.findElement(By.cssSelector("a[hreflang='en']")).click();
        waitUntil(d -> d.getCurrentUrl().contains("lang=en"), "switched to English");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        driver.get(url("/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        driver.get(url("/profile"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My profile");

        driver.findElement(By.cssSelector("a[hreflang='sv']")).click();
        waitUntil(d -> d.getCurrentUrl().contains("lang=sv"), "switched to Swedish");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Min profil");
    }

    @Test
    void loggingOutReturnsToTheLoginPage() {
        logIn("demo-staff");

        driver.findElement(By.cssSelector("form.logout button")).click();

        waitUntil(d -> d.getCurrentUrl().endsWith("/login?logout"), "logged out");
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void theLoginPageHasNoWcagViolations() {
        driver.get(url("/login"));

        assertNoViolations();
    }

    @Test
    void theDashboardHasNoWcagViolations() {
        logIn("demo-admin");

        assertNoViolations();
    }

    @Test
    void theDashboardHasNoWcagViolationsAtPhoneWidth() {
        driver.manage().window().setSize(new Dimension(375, 740));
        logIn("demo-editor");

        assertNoViolations();
    }

    @Test
    void searchingPostsAtPhoneWidthSwapsOnlyTheResultsAndBreaksNoWcagRule() {
        driver.manage().window().setSize(new Dimension(390, 844));
        logIn("demo-editor");
        driver.get(url("/posts?scope=all"));
        assertNoViolations();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.samePage = true");

        driver.findElement(By.id("q")).sendKeys("e-böcker");
        driver.findElement(By.cssSelector("#post-search button[type='submit']")).click();
        waitUntil(d -> d.getCurrentUrl().contains("q=e-b"), "the search is in the address");

        waitUntil(d -> d.findElement(By.id("post-results")).getText().contains("Nu kan du låna e-böcker"), "found");
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.samePage"))
                .as("htmx swapped the results without loading the page").isEqualTo(true);
        assertNoViolations();
        driver.get(url("/responses?view=all&state=all&q=bokcirkel"));
        assertNoViolations();
    }

    @Test
    void anInboxTabSwapsOnlyTheResultsKeepsItsAddressAndTakesTheFocus() {
        logIn("demo-editor");
        driver.get(url("/responses?view=all"));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.samePage = true");

        driver.findElement(By.cssSelector("#inbox-results a[href$='view=unassigned']")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/responses?view=unassigned"), "the tab is in the address");
        waitUntil(d -> !d.findElements(By.cssSelector("#inbox-results a[aria-current='page'][href$='view=unassigned']"))
                .isEmpty(), "the tab is marked as the current one");

        assertThat(js.executeScript("return window.samePage")).as("htmx swapped the results in place").isEqualTo(true);
        waitUntil(d -> Boolean.TRUE.equals(js.executeScript(
                "return document.activeElement.closest('#inbox-results') !== null")), "the focus is on the results");
        assertNoViolations();
    }

    @Test
    void theAdminAndProfilePagesHaveNoWcagViolations() {
        logIn("demo-admin");
        String facebookPage = "/channels/" + context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select id from channel where name = 'Facebook: Botkyrka bibliotek'", Long.class);
        for (String page : List.of("/admin/people", "/admin/people/new", "/admin/branches", "/profile",
                "/profile/password", "/profile/tokens", "/calendar", "/calendar?view=month", "/review", "/channels",
                "/admin/channels/new", facebookPage, "/responses?view=all", "/responses/new", "/responses/import",
                responsePage())) {
            driver.get(url(page));
            assertNoViolations();
        }
    }

    /** A response from the public on the Facebook page, for the response page's check. */
    private String responsePage() {
        return "/responses/" + context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject("""
                insert into response (channel_id, platform_id, kind, author_name, text, received_at, state, routed_to,
                                      source, created_at, updated_at)
                select id, 'axe-' || md5(random()::text), 'COMMENT', 'Lisa', 'Hur gamla ska barnen vara?',
                       now() - interval '3 days', 'NEW', 'NOBODY', 'MANUAL', now(), now()
                from channel where name = 'Facebook: Botkyrka bibliotek' returning id""", Long.class);
    }

    @Test
    void theGuidelinePagesHaveNoWcagViolations() {
        logIn("demo-admin");
        driver.get(url("/guidelines"));
        assertNoViolations();

        driver.findElement(By.cssSelector("main table a")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/guidelines/\\d+$"), "a guideline opened");
        assertNoViolations();

        driver.findElement(By.cssSelector("a[href$='/acknowledgements']")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/acknowledgements"), "acknowledgements opened");
        assertNoViolations();

        driver.get(url("/admin/guidelines/new"));
        assertNoViolations();

        driver.get(url("/admin/rules"));
        assertNoViolations();
        driver.get(url("/channels"));
        driver.findElement(By.cssSelector("a[href$='/edit']")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/edit"), "channel edit opened");
        assertNoViolations();
        driver.get(url("/admin/rules/new"));
        assertNoViolations();
    }

    @Test
    void theTextCheckShowsTheBlockedIdentityNumberAccessibly() {
        logIn("demo-staff");
        driver.get(url("/guidelines/check"));
        driver.findElement(By.id("text")).sendKeys("Grattis 811218-9876! #botkyrkabibliotek");
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        waitUntil(d -> !d.findElements(By.id("check-result")).isEmpty(), "checked");

        assertThat(driver.findElement(By.id("check-result")).getText())
                .contains("811218-****", "#botkyrkabibliotek").doesNotContain("9876!");
        assertNoViolations();
    }

    @Test
    void staffDraftAnEditorApprovesThePostAppearsOnTheSandboxTimelineAndTheSenderAnswersTheFirstComment() {
        logIn("demo-staff");
        for (int i = 0; i < 50 && !driver.findElements(By.id("pending-guidelines")).isEmpty(); i++) {
            driver.findElement(By.cssSelector("#pending-guidelines + ul a")).click();
            driver.findElement(By.cssSelector("form[action$='/acknowledge'] button")).click();
            waitUntil(d -> !d.findElements(By.cssSelector("main .alert-info")).isEmpty(), "acknowledged");
            driver.get(url("/"));
        }
        assertThat(driver.findElements(By.id("pending-guidelines"))).isEmpty();

        driver.get(url("/posts/new"));
        driver.findElement(By.xpath("//label[starts-with(normalize-space(), 'Övning: Facebook')]")).click();
        driver.findElement(By.id("body")).sendKeys("Grattis 811218-9876 som vann bokquizet!");
        waitUntil(d -> d.findElement(By.id("live-preview")).getText().contains("811218-****"),
                "the live preview shows the finding while typing");
        driver.findElement(By.cssSelector("button[value='preview']")).click();
        waitUntil(d -> !d.findElements(By.id("preview-heading")).isEmpty(), "previewed");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("811218-****", "Stoppar",
                "/Samir, Fittja");
        assertNoViolations();

        driver.findElement(By.id("body")).clear();
        driver.findElement(By.id("body")).sendKeys("Grattis till vinnaren av bokquizet!");
        driver.findElement(By.cssSelector("button[value='save']")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/posts/\\d+$"), "saved");
        driver.findElement(By.cssSelector("form[action$='/submit'] button")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("main .alert-info")).isEmpty(), "submitted");

        assertThat(driver.findElement(By.cssSelector("main .alert-info")).getText()).contains("väntar på granskning");
        assertNoViolations();
        String postUrl = driver.getCurrentUrl();
        driver.get(url("/posts"));
        assertNoViolations();

        driver.findElement(By.cssSelector("form.logout button")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/login?logout"), "logged out");
        logIn("demo-editor");
        driver.get(url("/review"));
        assertNoViolations();
        driver.get(postUrl);
        assertNoViolations();
        driver.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("main .alert-info")).isEmpty(), "approved");
        assertThat(driver.findElement(By.cssSelector("main .alert-info")).getText()).contains("godkänt");

        PublishingRounds.runOnce(context);
        driver.get(postUrl);
        assertThat(driver.findElement(By.id("publications")).getText()).contains("Övning: Facebook", "Publicerat");
        assertNoViolations();
        driver.get(url("/channels"));
        driver.findElement(By.cssSelector("a[aria-label='Tidslinje för Övning: Facebook']")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/timeline"), "timeline opened");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Grattis till vinnaren av bokquizet!", "/Samir, Fittja");
        assertNoViolations();

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.findElement(By.cssSelector("li[id^='entry-'] details summary")).click();
        driver.findElement(By.cssSelector("li[id^='entry-'] textarea[name='text']")).sendKeys("Vad vann vinnaren?");
        driver.findElement(By.cssSelector("li[id^='entry-'] input[name='authorName']")).sendKeys("Lisa");
        driver.findElement(By.cssSelector("li[id^='entry-'] details button[type='submit']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("main .alert-info")).isEmpty());
        String timelineUrl = driver.getCurrentUrl().replaceFirst("#.*$", "");

        driver.findElement(By.cssSelector("form.logout button")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/login?logout"), "logged out");
        logIn("demo-staff");
        driver.get(url("/responses"));
        assertNoViolations();
        driver.findElement(By.xpath("//main//a[contains(normalize-space(), 'Vad vann vinnaren?')]")).click();
        waitUntil(d -> !d.findElements(By.id("answer-text")).isEmpty(), "the response page");
        assertNoViolations();
        driver.findElement(By.id("answer-text")).sendKeys("Ett presentkort på bokhandeln!");
        driver.findElement(By.cssSelector("#answer button:not([name='preview'])")).click();
        waitUntil(d -> !d.findElements(By.id("reply")).isEmpty(), "answered");
        assertNoViolations();

        PublishingRounds.runOnce(context);
        driver.get(timelineUrl);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Vad vann vinnaren?", "Ett presentkort på bokhandeln!");
    }

    @Test
    void aDraftOverXsLimitToAChannelNotConnectedIsSavedAndTheCalendarMarksTodayAtPhoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
        logIn("demo-staff");
        driver.get(url("/posts/new"));
        driver.findElement(By.xpath("//label[normalize-space() = 'Twitter/X: @botkyrkabibl']")).click();
        driver.findElement(By.id("title")).sendKeys("Långt utkast");
        driver.findElement(By.id("body")).sendKeys("Bokrea! ".repeat(40));
        waitUntil(d -> !d.findElements(By.cssSelector("#live-preview [data-over-limit]")).isEmpty(), "previewed");
        assertThat(driver.findElements(By.cssSelector("#live-preview [data-not-connected]"))).isNotEmpty();
        assertNoViolations();
        driver.findElement(By.cssSelector("button[value='save']")).click();
        waitUntil(d -> d.getCurrentUrl().matches(".*/posts/\\d+$"), "saved");

        assertThat(driver.getTitle()).startsWith("Långt utkast");
        WebElement actions = driver.findElement(By.cssSelector(".post-actions"));
        WebElement next = actions.findElement(By.xpath("following-sibling::*[1]"));
        assertThat(next.getRect().getY() - actions.getRect().getY() - actions.getRect().getHeight())
                .as("space between the actions and the card below").isGreaterThanOrEqualTo(12);
        assertNoViolations();
        driver.get(url("/calendar"));
        assertThat(driver.findElements(By.cssSelector("[aria-current='date']"))).hasSize(1);
        assertNoViolations();
        driver.get(url("/calendar?view=month"));
        assertNoViolations();
    }

    @Test
    void pagesBreakNoRuleOfTheContentSecurityPolicy() {
        driver.manage().logs().get(LogType.BROWSER);
        logIn("demo-admin");
        driver.get(url("/admin/people"));
        driver.get(url("/profile"));
        driver.get(url("/guidelines"));
        driver.get(url("/posts/new"));

        List<String> refusals = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        assertThat(refusals).isEmpty();
    }
}
