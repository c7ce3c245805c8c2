package se.redaktionen.response.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.principal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.Role;
import se.redaktionen.support.SystemClock;
import se.redaktionen.support.TestData;
import se.redaktionen.support.WebSlice;

/**
 * The inbox's address binds to {@link InboxFilter}: values nobody can read are ignored with a notice
 * and the defaults used (mine, open, any channel and lateness, page 1); readable ones are kept. A slice
 * without a database: the inbox behind the page is empty, and which responses it lists is
 * {@link ResponsePagesTest}'s business.
 */
@WebMvcTest(ResponseInboxController.class)
@WebSlice
@Import({InboxView.class, SystemClock.class})
class InboxFilterTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ResponseInbox inbox;
    @MockitoBean
    ResponseAccess access;
    @MockitoBean
    ResponseDeadlines deadlines;
    @MockitoBean
    Supervisions supervisions;
    @MockitoBean
    Channels channels;
    @MockitoBean
    People people;

    @Test
    void unreadableValuesAreIgnoredWithANoticeAndTheDefaultsUsed() throws Exception {
        mvc.perform(get("/responses").param("view", "bogus").param("channel", "x1").param("state", "later")
                        .param("due", "soon").param("page", "-3").with(as(Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("tab", ResponseInbox.View.MINE))
                .andExpect(model().attribute("filterChannel", (Object) null))
                .andExpect(model().attribute("filterState", InboxFilter.OPEN))
                .andExpect(model().attribute("filterDue", (Object) null))
                .andExpect(model().attribute("page", 1))
                .andExpect(model().attribute("filterIgnored", true));
    }

    @Test
    void eachUnreadableValueAloneIsNoticed() throws Exception {
        for (String[] bad : new String[][] {{"view", "bogus"}, {"channel", "999999999"}, {"state", "later"},
                {"due", "soon"}, {"page", "zero"}}) {
            mvc.perform(get("/responses").param(bad[0], bad[1]).with(as(Role.STAFF)))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("filterIgnored", true));
        }
    }

    @Test
    void readableValuesAreKeptInAnyCaseAndWithSpaces() throws Exception {
        mvc.perform(get("/responses").param("view", " Branch ").param("state", "answered").param("due", "OVERDUE")
                        .param("page", "7").with(as(Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("tab", ResponseInbox.View.BRANCH))
                .andExpect(model().attribute("filterState", "ANSWERED"))
                .andExpect(model().attribute("filterDue", "overdue"))
                .andExpect(model().attribute("page", 1))
                .andExpect(model().attribute("filterIgnored", false));
    }

    @Test
    void blankValuesAndTheDefaultsSpelledOutAreNotNoticed() throws Exception {
        mvc.perform(get("/responses").param("view", "").param("channel", " ").param("state", "Open")
                        .param("due", "").param("page", "").with(as(Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("filterState", InboxFilter.OPEN))
                .andExpect(model().attribute("filterIgnored", false));
        mvc.perform(get("/responses").param("state", "ALL").with(as(Role.STAFF)))
                .andExpect(model().attribute("filterState", InboxFilter.ALL))
                .andExpect(model().attribute("filterIgnored", false));
    }

    @Test
    void staffAskingForAnEditorsTabAreRefused() throws Exception {
        mvc.perform(get("/responses").param("view", "unassigned").with(as(Role.STAFF)))
                .andExpect(status().isForbidden());
    }

    private static RequestPostProcessor as(Role role) {
        return TestData.as(principal(1, role));
    }
}
