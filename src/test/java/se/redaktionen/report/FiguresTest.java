package se.redaktionen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * "Where do we get response?" counted exactly, over one week of March 2025 (no holidays) on a channel
 * of its own: six responses from four people, two answered in time, one late, one still open.
 */
@PostgresTest
class FiguresTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String WEEK = "from=2025-03-03&to=2025-03-09";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Channels channels;

    StaffUser staff;
    long channel;
    String name;

    @BeforeEach
    void aWeekOfOneChannel() {
        staff = data.staff();
        channel = data.channel(ChannelKind.MANUAL);
        name = name(channel);
        response("Anna", at(3, 10, 0), at(3, 12, 0), "ANSWERED");
        response("anna", at(3, 11, 0), at(5, 12, 0), "ANSWERED");
        response("Bo", at(7, 16, 0), at(10, 10, 0), "ANSWERED");
        response("Cem", at(4, 9, 0), null, "NO_ACTION_NEEDED");
        response("Spam", at(5, 9, 0), null, "REMOVED");
        response("Dina", at(6, 9, 0), null, "ASSIGNED");
        response("Efter", at(10, 9, 0), null, "ASSIGNED");
        published(at(3, 8, 0));
        published(at(9, 23, 0));
        published(at(10, 8, 0));
        audience("2025-03-03", 100);
        audience("2025-03-09", 130);
    }

    @Test
    void theApiCountsPostsResponsesPeopleTimelinessMedianAndAudienceExactly() throws Exception {
        mvc.perform(get("/api/v1/figures?" + WEEK).with(basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-03-03"))
                .andExpect(jsonPath("$.to").value("2025-03-09"))
                .andExpect(row("postsPublished").value(org.hamcrest.Matchers.contains(2)))
                .andExpect(row("responses").value(org.hamcrest.Matchers.contains(6)))
                .andExpect(row("peopleInDialogue").value(org.hamcrest.Matchers.contains(4)))
                .andExpect(row("needingAnswer").value(org.hamcrest.Matchers.contains(4)))
                .andExpect(row("answeredInTime").value(org.hamcrest.Matchers.contains(2)))
                .andExpect(row("answeredInTimePercent").value(org.hamcrest.Matchers.contains(50.0)))
                .andExpect(row("medianFirstAnswerMinutes").value(org.hamcrest.Matchers.contains(18 * 60)))
                .andExpect(row("audienceChange").value(org.hamcrest.Matchers.contains(30)))
                .andExpect(row("audienceUnit").value(org.hamcrest.Matchers.contains("FOLLOWERS")))
                .andExpect(row("fansChange").value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
    }

    @Test
    void practiceChannelsAreNotCountedAmongTheLibrarysChannels() throws Exception {
        long sandbox = data.channel(ChannelKind.SANDBOX);
        String practice = name(sandbox);
        response(sandbox, "Övande", at(4, 10, 0), null, "ASSIGNED");
        published(sandbox, at(4, 9, 0));

        mvc.perform(get("/api/v1/figures?" + WEEK).with(basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels[?(@.channelId == " + channel + ")]").isNotEmpty())
                .andExpect(jsonPath("$.channels[?(@.channelId == " + sandbox + ")]").isEmpty());
        assertThat(dashboard("/?" + WEEK)).contains(name).doesNotContain(practice);
    }

    @Test
    void theLast90DaysAreTheSameDaysOnTheDashboardOnAChannelsPageAndInTheApi() throws Exception {
        LocalDate today = LocalDate.now(STOCKHOLM);
        String from = today.minusDays(89).toString();

        assertThat(dashboard("/")).contains("id=\"figures-from\" name=\"from\" value=\"" + from + "\"");
        assertThat(dashboard("/channels/" + channel)).contains("id=\"from\" name=\"from\" value=\"" + from + "\"");
        mvc.perform(get("/api/v1/figures").with(basic()))
                .andExpect(jsonPath("$.from").value(from)).andExpect(jsonPath("$.to").value(today.toString()));
        mvc.perform(get("/api/v1/channels/{id}/audience", channel).with(basic()))
                .andExpect(jsonPath("$.from").value(from)).andExpect(jsonPath("$.to").value(today.toString()));
    }

    @Test
    void aChannelWithNothingInThePeriodIsLeftOut() throws Exception {
        mvc.perform(get("/api/v1/figures?from=2025-01-06&to=2025-01-12").with(basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels[?(@.channelId == " + channel + ")]").isEmpty());
    }

    @Test
    void unreadableOrReversedDatesAreAClearProblem() throws Exception {
        mvc.perform(get("/api/v1/figures?from=2025-13-01").with(basic()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ÅÅÅÅ-MM-DD")));
        mvc.perform(get("/api/v1/figures?from=2025-03-09&to=2025-03-03").with(basic()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDashboardShowsTheSameNumbersForTheChosenPeriod() throws Exception {
        String page = dashboard("/?" + WEEK);

        assertThat(page).contains("Var får vi respons?", name, "50,0 % (2 av 4)", "18 h 0 min", "+30 följare");
    }

    @Test
    void badDatesOnTheDashboardFallBackToTheLastNinetyDaysAndSaySo() throws Exception {
        String page = dashboard("/?from=igår");

        assertThat(page).contains("De senaste 90 dagarna visas");
    }

    private org.springframework.test.web.servlet.result.JsonPathResultMatchers row(String field) {
        return jsonPath("$.channels[?(@.channelId == " + channel + ")]." + field);
    }

    private String dashboard(String path) throws Exception {
        return mvc.perform(get(path).with(as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor basic() {
        return httpBasic(staff.getUsername(), TestData.PASSWORD);
    }

    private String name(long channelId) {
        return channels.find(channelId).orElseThrow().name();
    }

    private void response(String author, Timestamp received, Timestamp answered, String state) {
        response(channel, author, received, answered, state);
    }

    private void response(long on, String author, Timestamp received, Timestamp answered, String state) {
        jdbc.update("""
                insert into response (channel_id, platform_id, kind, author_name, text, received_at, state,
                                      routed_to, source, first_answered_at, created_at, updated_at)
                values (?, ?, 'COMMENT', ?, 'Fråga', ?, ?, 'RESPONSIBLE', 'PLATFORM', ?, now(), now())""",
                on, "figur-" + System.nanoTime(), author, received, state, answered);
    }

    private void published(Timestamp at) {
        published(channel, at);
    }

    private void published(long on, Timestamp at) {
        long author = staff.getPersonId();
        long post = jdbc.queryForObject("""
                insert into post (body, author_id, sender_id, state, created_at, updated_at)
                values ('Inlägg', ?, ?, 'PUBLISHED', now(), now()) returning id""", Long.class, author, author);
        jdbc.update("""
                insert into publication (post_id, channel_id, slug, text, state, due_at, attempts, published_at,
                                         created_at, updated_at)
                values (?, ?, ?, 'Inlägg', 'PUBLISHED', ?, 1, ?, now(), now())""",
                post, on, "rdk-figur-" + System.nanoTime(), at, at);
    }

    private void audience(String day, int followers) {
        jdbc.update("insert into audience_snapshot (channel_id, counted_on, followers, source, recorded_at) "
                + "values (?, ?::date, ?, 'MANUAL', now())", channel, day, followers);
    }

    private static Timestamp at(int dayOfMarch, int hour, int minute) {
        return Timestamp.from(LocalDateTime.of(2025, 3, dayOfMarch, hour, minute).atZone(STOCKHOLM).toInstant());
    }
}
