package se.redaktionen.event.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** Events stand in the posts' calendar on their day, and its filters by branch and channel apply to them. */
@PostgresTest
class EventCalendarTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void anEventShowsOnItsDayInTheWeekAndMonthAndTheFiltersApplyToIt() throws Exception {
        StaffUser editor = data.editor();
        BranchSummary branch = data.branch();
        long channel = data.channel(ChannelKind.SANDBOX);
        String href = "data-calendar-item=\"/events/" + created(editor, branch, channel) + "\"";
        String day = LocalDate.now(EventRequests.STOCKHOLM).plusDays(2).toString();

        mvc.perform(get("/calendar").param("date", day).with(as(data.staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(href)));
        mvc.perform(get("/calendar").param("view", "month").param("date", day).with(as(editor)))
                .andExpect(content().string(Matchers.containsString(href)));
        mvc.perform(get("/calendar").param("date", day).param("branch", branch.name()).with(as(editor)))
                .andExpect(content().string(Matchers.containsString(href)));
        mvc.perform(get("/calendar").param("date", day).param("branch", "Ingenstans").with(as(editor)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(href))));
        mvc.perform(get("/calendar").param("date", day).param("channel", String.valueOf(channel + 1000))
                        .with(as(editor)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(href))));
    }

    private long created(StaffUser editor, BranchSummary branch, long channel) throws Exception {
        String location = mvc.perform(new EventRequests(TestData.unique("Kalender"), branch.id(), editor)
                        .set("channelIds", String.valueOf(channel)).create(editor))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/events/".length()));
    }
}
