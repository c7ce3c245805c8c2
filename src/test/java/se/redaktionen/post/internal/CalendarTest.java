package se.redaktionen.post.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.support.PostgresTest;

@PostgresTest
class CalendarTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffUserDetailsService users;

    @Test
    void anApprovedPostShowsOnItsStockholmDayAndTimeAcrossTheAutumnChange() throws Exception {
        long channel = approvedAt("Höstlovsläsning", "2031-10-26T01:30:00Z");

        mvc.perform(get("/calendar").param("date", "2031-10-26").with(as("demo-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Söndag 26 oktober"),
                        Matchers.containsString("02:30"),
                        Matchers.containsString("Höstlovsläsning"))));
        mvc.perform(get("/calendar").param("date", "2031-10-26").param("channel", String.valueOf(channel + 1000))
                        .with(as("demo-staff")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Höstlovsläsning"))));
    }

    @Test
    void theMonthViewShowsTheSpringChangeSunday() throws Exception {
        approvedAt("Påsklovsprogram", "2031-03-30T01:00:00Z");

        mvc.perform(get("/calendar").param("view", "month").param("date", "2031-03-10").with(as("demo-editor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("03:00"),
                        Matchers.containsString("Påsklovsprogram"))));
    }

    @Test
    void draftsDoNotShowInTheCalendar() throws Exception {
        jdbc.update("insert into post (body, author_id, sender_id, state, scheduled_at, created_at, updated_at) "
                + "select 'Hemligt utkast', id, id, 'DRAFT', timestamp with time zone '2031-05-05 10:00:00+00', "
                + "now(), now() from person where username = 'demo-staff'");

        mvc.perform(get("/calendar").param("date", "2031-05-05").with(as("demo-editor")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hemligt utkast"))));
    }

    /** Inserts an approved post on the Facebook page at the given instant; returns the channel id. */
    private long approvedAt(String body, String instant) {
        long channel = jdbc.queryForObject("select id from channel where kind = 'FACEBOOK_PAGE' order by id limit 1",
                Long.class);
        long post = jdbc.queryForObject("insert into post (body, author_id, sender_id, state, scheduled_at, "
                + "created_at, updated_at) select ?, id, id, 'APPROVED', cast(? as timestamp with time zone), now(), "
                + "now() from person where username = 'demo-staff' returning id", Long.class, body, instant);
        jdbc.update("insert into post_channel (post_id, channel_id, rendered_text, length) values (?, ?, ?, ?)",
                post, channel, body, body.length());
        return channel;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
