package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class CalendarTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    StaffUser staff;
    StaffUser editor;
    long facebook;

    @BeforeEach
    void peopleAndAChannel() {
        staff = data.staff();
        editor = data.editor();
        facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
    }

    @Test
    void anApprovedPostShowsOnItsStockholmDayAndTimeAcrossTheAutumnChange() throws Exception {
        long channel = approvedAt("Höstlovsläsning", "2031-10-26T01:30:00Z");

        mvc.perform(get("/calendar").param("date", "2031-10-26").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Söndag 26 oktober"),
                        Matchers.containsString("02:30"),
                        Matchers.containsString("Höstlovsläsning"))));
        mvc.perform(get("/calendar").param("date", "2031-10-26").param("channel", String.valueOf(channel + 1000))
                        .with(as(staff)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Höstlovsläsning"))));
    }

    @Test
    void theMonthViewShowsTheSpringChangeSunday() throws Exception {
        approvedAt("Påsklovsprogram", "2031-03-30T01:00:00Z");

        mvc.perform(get("/calendar").param("view", "month").param("date", "2031-03-10").with(as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("03:00"),
                        Matchers.containsString("Påsklovsprogram"))));
    }

    @Test
    void draftsDoNotShowInTheCalendar() throws Exception {
        jdbc.update("insert into post (body, author_id, sender_id, state, scheduled_at, created_at, updated_at) "
                + "values ('Hemligt utkast', ?, ?, 'DRAFT', timestamp with time zone '2031-05-05 10:00:00+00', "
                + "now(), now())", staff.getPersonId(), staff.getPersonId());

        mvc.perform(get("/calendar").param("date", "2031-05-05").with(as(editor)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hemligt utkast"))));
    }

    @Test
    void aPostPublishedOnApprovalShowsAtItsPublicationTimeInTheWeekAndTheMonth() throws Exception {
        long id = approvedPost("Publicerad direkt", null);
        moved(id, "APPROVED", "2031-05-06T07:55:00Z");
        jdbc.update("update post set state = 'PUBLISHED' where id = ?", id);
        moved(id, "PUBLISHED", "2031-05-06T08:05:00Z");

        assertThat(day(get("/calendar").param("date", "2031-05-06"), "2031-05-06"))
                .contains("Publicerad direkt").contains("10:05").doesNotContain("calendar-empty");
        assertThat(day(get("/calendar").param("view", "month").param("date", "2031-05-06"), "2031-05-06"))
                .contains("Publicerad direkt").contains("10:05");
    }

    @Test
    void anApprovedPostWithoutATimeShowsWhenItWasApprovedAndAScheduledOneAtItsTime() throws Exception {
        moved(approvedPost("Väntar på kanalen", null), "APPROVED", "2031-05-07T09:20:00Z");
        moved(approvedPost("Schemalagd", "2031-05-09T14:00:00Z"), "APPROVED", "2031-05-07T09:25:00Z");

        assertThat(day(get("/calendar").param("date", "2031-05-07"), "2031-05-07"))
                .contains("Väntar på kanalen").contains("11:20").doesNotContain("Schemalagd");
        assertThat(day(get("/calendar").param("date", "2031-05-07"), "2031-05-09"))
                .contains("Schemalagd").contains("16:00");
    }

    @Test
    void todayIsMarkedInBothViews() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();

        for (String view : new String[] {"week", "month"}) {
            String page = html(get("/calendar").param("view", view));
            assertThat(day(page, today)).contains("aria-current=\"date\"");
            assertThat(page.split("aria-current=\"date\"", -1)).hasSize(2);
        }
    }

    @Test
    void theMonthIsNamedOnceAndTheTableIsLabelledByTheHeading() throws Exception {
        String page = html(get("/calendar").param("view", "month").param("date", "2026-12-10"));

        assertThat(page).doesNotContain("<caption").contains("<h1 id=\"calendar-heading\">")
                .contains("aria-labelledby=\"calendar-heading\"");
    }

    private String day(MockHttpServletRequestBuilder request, String date) throws Exception {
        return day(html(request), date);
    }

    /** One day of a calendar page: its section in the week, its cell in the month. */
    private static String day(String page, String date) {
        int start = page.lastIndexOf('<', page.indexOf("data-day=\"" + date + "\""));
        assertThat(start).as("the calendar shows %s", date).isNotNegative();
        String end = page.startsWith("<section", start) ? "</section>" : "</td>";
        return page.substring(start, page.indexOf(end, start));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(editor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private void moved(long post, String to, String instant) {
        jdbc.update("insert into post_transition (post_id, from_state, to_state, actor_id, at) values (?, "
                + "case when ? = 'PUBLISHED' then 'APPROVED' else 'SUBMITTED' end, ?, ?, "
                + "cast(? as timestamp with time zone))", post, to, to, editor.getPersonId(), instant);
    }

    /** Inserts an approved post on the test's Facebook page at the given instant; returns the channel id. */
    private long approvedAt(String body, String instant) {
        long post = approvedPost(body, instant);
        return jdbc.queryForObject("select channel_id from post_channel where post_id = ?", Long.class, post);
    }

    /** Inserts an approved post on the test's Facebook page, scheduled at the instant or with no time; its id. */
    private long approvedPost(String body, String instant) {
        long post = jdbc.queryForObject("insert into post (body, author_id, sender_id, state, scheduled_at, "
                + "created_at, updated_at) values (?, ?, ?, 'APPROVED', cast(? as timestamp with time zone), now(), "
                + "now()) returning id", Long.class, body, staff.getPersonId(), staff.getPersonId(), instant);
        jdbc.update("insert into post_channel (post_id, channel_id, rendered_text, length) values (?, ?, ?, ?)",
                post, facebook, body, body.length());
        return post;
    }
}
