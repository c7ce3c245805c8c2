package se.redaktionen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * "To do" on the dashboard, for a person of the test's own: their drafts and posts sent back, their
 * posts waiting for review, and the open responses assigned to them, the most overdue first; editors
 * also see the review queue and the escalated responses.
 */
@PostgresTest
class DashboardWorkTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    StaffUser staff;
    long channel;

    @BeforeEach
    void someoneWithAChannel() {
        staff = data.staff();
        channel = data.channel(ChannelKind.MANUAL);
    }

    @Test
    void myDraftsAndMyPostsSentBackAreListedTheLatestChangedFirstButNotFinishedOrOtherPeoplesPosts()
            throws Exception {
        long draft = post(staff, "DRAFT", "2 days");
        long sentBack = post(staff, "CHANGES_REQUESTED", "1 day");
        post(staff, "PUBLISHED", "1 hour");
        post(staff, "WITHDRAWN", "1 hour");
        post(data.staff(), "DRAFT", "1 hour");

        String page = dashboard(staff);

        assertThat(ids(page, "work-drafts", "data-post-id")).containsExactly(sentBack, draft);
    }

    @Test
    void myPostsWaitingForReviewAreListedApartFromTheDrafts() throws Exception {
        long submitted = post(staff, "SUBMITTED", "1 hour");
        post(staff, "APPROVED", "1 hour");

        String page = dashboard(staff);

        assertThat(ids(page, "work-submitted", "data-post-id")).containsExactly(submitted);
        assertThat(page).doesNotContain("id=\"work-drafts\"");
    }

    @Test
    void myOpenResponsesAreListedTheMostOverdueFirstAndTheEscalatedOneSaysSo() throws Exception {
        long fresh = response(staff, "ASSIGNED", "1 minute");
        long old = response(staff, "ASSIGNED", "10 days");
        response(staff, "ANSWERED", "5 days");
        response(data.staff(), "ASSIGNED", "20 days");

        String page = dashboard(staff);

        assertThat(ids(page, "work-responses", "data-response-id")).containsExactly(old, fresh);
        assertThat(page).contains("data-response-id=\"" + old + "\" data-late=\"escalated\"")
                .contains("data-response-id=\"" + fresh + "\">");
    }

    @Test
    void editorsSeeTheReviewQueueAndTheEscalatedResponsesOldestFirst() throws Exception {
        post(staff, "SUBMITTED", "1 hour");
        response(staff, "ASSIGNED", "10 days");
        long waiting = jdbc.queryForObject("select count(*) from post where state = 'SUBMITTED'", Long.class);

        String page = dashboard(data.editor());

        assertThat(page).contains("id=\"work-review-queue\" data-count=\"" + waiting + "\"");
        List<Long> escalated = ids(page, "work-escalated", "data-response-id");
        assertThat(escalated).isNotEmpty().isSortedAccordingTo((a, b) -> received(a).compareTo(received(b)));
        assertThat(section(page, "work-escalated")).doesNotContain("data-late=\"overdue\"");
    }

    @Test
    void staffSeeNeitherTheReviewQueueNorTheEscalatedResponses() throws Exception {
        response(staff, "ASSIGNED", "10 days");

        String page = dashboard(staff);

        assertThat(page).contains("id=\"your-work\"").doesNotContain("work-review-queue", "work-escalated");
    }

    private long post(StaffUser author, String state, String age) {
        return jdbc.queryForObject("insert into post (body, author_id, sender_id, state, created_at, updated_at) "
                + "values ('Att göra', ?, ?, ?, now(), now() - cast(? as interval)) returning id", Long.class,
                author.getPersonId(), author.getPersonId(), state, age);
    }

    private long response(StaffUser assignee, String state, String age) {
        return jdbc.queryForObject("insert into response (channel_id, platform_id, kind, text, received_at, state, "
                + "assignee_id, routed_to, source, created_at, updated_at) values (?, ?, 'COMMENT', 'Fråga', "
                + "now() - cast(? as interval), ?, ?, 'REASSIGNED', 'MANUAL', now(), now()) returning id", Long.class,
                channel, "todo-" + System.nanoTime(), age, state, assignee.getPersonId());
    }

    private java.sql.Timestamp received(long response) {
        return jdbc.queryForObject("select received_at from response where id = ?", java.sql.Timestamp.class,
                response);
    }

    private String dashboard(StaffUser person) throws Exception {
        return mvc.perform(get("/").with(as(person))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The ids a list of the dashboard shows, in order. */
    private static List<Long> ids(String html, String listId, String attribute) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile(attribute + "=\"(\\d+)\"").matcher(section(html, listId));
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String section(String html, String listId) {
        int start = html.indexOf("id=\"" + listId + "\"");
        assertThat(start).as("the dashboard shows the list %s", listId).isNotNegative();
        return html.substring(start, html.indexOf("</ul>", start));
    }
}
