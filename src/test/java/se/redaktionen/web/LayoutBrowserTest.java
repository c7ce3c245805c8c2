package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.jdbc.core.JdbcTemplate;

import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.BrowserTest;

/**
 * How the shared layout looks at desktop width (1280 px) and on a phone (390 px), measured in Chromium,
 * signed in as people the test makes.
 */
class LayoutBrowserTest extends BrowserTest {

    private static final int PHONE = 390;
    /** WCAG 2.2's minimum target, in CSS pixels. */
    private static final int TARGET = 24;

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE})
    void eachChannelsCheckboxIsABigEnoughTargetWithItsLabelBesideItOnOneLine(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        logIn(data.staff());
        driver.get(url("/posts/new"));

        List<WebElement> choices = driver.findElements(By.cssSelector("form .choice"));
        assertThat(choices).hasSizeGreaterThan(3);
        choices.forEach(this::assertBoxAndLabelOnOneLine);
    }

    @Test
    void theRemoveStoredCredentialsCheckboxOnAChannelHasItsLabelBesideIt() {
        logIn(data.admin());
        driver.get(url("/admin/channels/" + data.channel(ChannelKind.FACEBOOK_PAGE) + "/edit"));

        assertBoxAndLabelOnOneLine(driver.findElement(By.xpath("//input[@name='clearCredentials']/..")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theAdminsMenuAndWhoIsSignedInKeepToOneLineEachAtDesktopWidth(String language) {
        logIn(data.admin());
        driver.get(url("/?lang=" + language));

        List<Integer> menuTops = driver.findElements(By.cssSelector("nav.main-nav li")).stream()
                .map(li -> li.getRect().getY()).distinct().toList();
        assertThat(menuTops).as("the menu's items on one line").hasSize(1);
        WebElement signedIn = driver.findElement(By.cssSelector("form.logout .signed-in"));
        WebElement logOut = driver.findElement(By.cssSelector("form.logout button"));
        assertThat(logOut.getRect().getY()).as("log out beside the name").isEqualTo(signedIn.getRect().getY());
        assertThat(signedIn.getRect().getY()).as("above the menu").isLessThan(menuTops.get(0));
    }

    /**
     * Each page's table has rows of the test's own: a draft of the staff member's, a post waiting for
     * review, a response on a channel of theirs. Channels, people and rules are listed whoever made them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"EDITOR /", "EDITOR /responses?view=all", "EDITOR /review", "STAFF /posts",
            "STAFF /channels", "ADMIN /admin/people", "ADMIN /admin/rules"})
    void dataTablesAreOneCardPerRowOnAPhoneWithEveryColumnInView(String whoAndPage) {
        Role role = Role.valueOf(whoAndPage.split(" ")[0]);
        String page = whoAndPage.split(" ")[1];
        StaffUser author = data.author();
        long channel = data.channel(ChannelKind.FACEBOOK_PAGE);
        data.draft(author, channel);
        data.submitted(author, channel);
        data.response(channel);
        driver.manage().window().setSize(new Dimension(PHONE, 900));
        logIn(role == Role.STAFF ? author : data.person(role));
        driver.get(url(page));

        List<WebElement> cells = driver.findElements(By.cssSelector("table.stack tbody td[data-label]"));
        assertThat(cells).as("labelled cells on %s", page).isNotEmpty();
        long viewport = (Long) script("return document.documentElement.clientWidth");
        assertThat((Long) script("return document.documentElement.scrollWidth")).as("no sideways scrolling on %s",
                page).isLessThanOrEqualTo(viewport);
        assertThat(driver.findElements(By.cssSelector("table.stack thead")).stream()
                .allMatch(head -> head.getRect().getHeight() <= 1)).as("the header row is only for screen readers")
                .isTrue();
        for (WebElement cell : cells.subList(0, Math.min(cells.size(), 40))) {
            Rectangle box = cell.getRect();
            assertThat(box.getX() + box.getWidth()).as("a cell within the screen on %s", page)
                    .isLessThanOrEqualTo((int) viewport);
        }
        assertNoViolations();
    }

    @Test
    void aPracticeTimelineShowsItsEntriesAsCardsWithoutNumbersAndTheTimeOnce() {
        long channel = data.practisingX(data.editor());
        long entry = context.getBean(JdbcTemplate.class).queryForObject("insert into sandbox_entry (channel_id, slug, "
                + "text, published_at) values (?, ?, 'Öppet hus i Tumba!', now()) returning id", Long.class, channel,
                "layout-" + System.nanoTime());
        logIn(data.staff());
        driver.get(url("/channels/" + channel + "/timeline"));

        assertThat(driver.findElement(By.cssSelector("ol.timeline")).getCssValue("list-style-type")).isEqualTo("none");
        WebElement card = driver.findElement(By.cssSelector("#entry-" + entry + " > article"));
        assertThat(card.findElement(By.tagName("h2")).getText()).matches(".*\\d{2}:\\d{2}.*");
        assertThat(card.findElements(By.cssSelector(":scope > .comment-meta time"))).as("the time said once").isEmpty();
        assertNoViolations();
    }

    private void assertBoxAndLabelOnOneLine(WebElement choice) {
        Rectangle box = choice.findElement(By.tagName("input")).getRect();
        Rectangle label = choice.findElement(By.tagName("label")).getRect();
        String name = choice.getText();
        assertThat(box.getWidth()).as("%s: the box is wide enough", name).isGreaterThanOrEqualTo(TARGET);
        assertThat(box.getHeight()).as("%s: the box is high enough", name).isGreaterThanOrEqualTo(TARGET);
        assertThat(label.getX()).as("%s: the label right of the box", name)
                .isBetween(box.getX() + box.getWidth(), box.getX() + box.getWidth() + 16);
        assertThat(Math.abs(label.getY() - box.getY())).as("%s: the label on the box's line", name).isLessThan(6);
        Rectangle row = choice.getRect();
        boolean oneLine = label.getHeight() < 2 * TARGET;
        boolean usesTheRowsWidth = label.getX() + label.getWidth() >= row.getX() + row.getWidth() - 2;
        assertThat(oneLine || usesTheRowsWidth).as("%s: the label on one line, or wrapping only at the row's end",
                name).isTrue();
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }
}
