package se.redaktionen.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import se.redaktionen.support.BrowserTest;

/**
 * The event pages on a phone (390 px) in Chromium, checked by axe-core: the demo's evening in Tumba with its
 * live window open, the lists, the form with its errors, and the calendar with the events in it.
 */
class EventBrowserTest extends BrowserTest {

    private static final int PHONE = 390;

    @Test
    void staffFindTonightsEventOpenForLiveCoverageOnAPhone() {
        driver.manage().window().setSize(new Dimension(PHONE, 844));
        logIn("demo-staff");
        driver.findElement(By.linkText("Evenemang")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("tr[data-event-id]")).isEmpty(), "the list of events");
        assertFitsAndNoViolations();

        WebElement tonight = driver.findElement(By.xpath("//tr[td[@data-window-state='OPEN']]//a"));
        tonight.click();
        waitUntil(d -> !d.findElements(By.cssSelector("[data-team]")).isEmpty(), "tonight's event page");
        assertThat(driver.findElement(By.cssSelector("dd [data-window-state]")).getAttribute("data-window-state"))
                .isEqualTo("OPEN");
        assertThat(driver.findElement(By.cssSelector("[data-team]")).getText()).contains("Samir Personal");
        assertFitsAndNoViolations();

        driver.get(url("/events?view=past"));
        assertThat(driver.findElements(By.cssSelector("tr[data-event-id]"))).hasSizeGreaterThanOrEqualTo(2);
        assertFitsAndNoViolations();

        driver.get(url("/calendar"));
        assertThat(driver.findElements(By.cssSelector("[data-calendar-item]"))).isNotEmpty();
        assertFitsAndNoViolations();
    }

    @Test
    void anEditorCreatesAnEventOnAPhoneAndAMistakeIsShownAccessiblyWithTheTextKept() {
        driver.manage().window().setSize(new Dimension(PHONE, 844));
        logIn("demo-editor");
        driver.get(url("/events/new"));
        assertFitsAndNoViolations();

        driver.findElement(By.id("hashtag")).sendKeys("Bok mässan");
        driver.findElement(By.cssSelector("form.form button[type='submit']")).click();
        waitUntil(d -> !d.findElements(By.id("hashtag-error")).isEmpty(), "the form back with its errors");
        assertThat(driver.findElement(By.id("hashtag-error")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("hashtag")).getAttribute("value")).isEqualTo("Bok mässan");
        assertFitsAndNoViolations();

        driver.findElement(By.id("title")).sendKeys("Sagostund i webbläsaren");
        new Select(driver.findElement(By.id("kind"))).selectByValue("CHILDREN");
        new Select(driver.findElement(By.id("branchId"))).selectByVisibleText("Tumba");
        WebElement hashtag = driver.findElement(By.id("hashtag"));
        hashtag.clear();
        hashtag.sendKeys("SagostundTumba");
        driver.findElement(By.cssSelector("form.form button[type='submit']")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("[data-saved]")).isEmpty(), "the saved event's page");

        assertThat(driver.findElement(By.cssSelector("[data-saved]")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("[data-place]")).getText()).isEqualTo("Tumba");
        assertFitsAndNoViolations();
    }

    private void assertFitsAndNoViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on %s", driver.getCurrentUrl()).isLessThanOrEqualTo(viewport);
        assertNoViolations();
    }
}
