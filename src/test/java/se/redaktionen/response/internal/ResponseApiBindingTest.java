package se.redaktionen.response.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;
import static se.redaktionen.support.TestData.principal;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.Role;
import se.redaktionen.support.SystemClock;
import se.redaktionen.support.WebSlice;
import se.redaktionen.web.SearchTerms;

/**
 * The API's list of responses refuses a filter it cannot read with 400, a code, and the reason in the
 * caller's language, before asking the database anything. A slice without a database: which responses a
 * filter finds is {@link ResponseSearchTest}'s and {@link ResponseFlowTest}'s business.
 */
@WebMvcTest(ResponseApiController.class)
@WebSlice
@Import({ResponseListing.class, SystemClock.class})
class ResponseApiBindingTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ResponseInbox inbox;
    @MockitoBean
    ResponseRepository responses;
    @MockitoBean
    ResponseAccess access;
    @MockitoBean
    Channels channels;
    @MockitoBean
    People people;
    @MockitoBean
    ManualResponses manual;
    @MockitoBean
    ResponseWork work;
    @MockitoBean
    ResponseDeadlines deadlines;

    @Test
    void anUnknownStateIsRefusedNamingTheStatesThereAre() throws Exception {
        list("sv", "state", "BOGUS")
                .andExpect(jsonPath("$.code").value("response.api.stateUnknown"))
                .andExpect(jsonPath("$.detail").value("Okänd status. Använd NEW, ASSIGNED, ANSWERED, "
                        + "NO_ACTION_NEEDED, HIDDEN eller REMOVED."));
        list("en", "state", "later")
                .andExpect(jsonPath("$.detail").value("Unknown state. Use NEW, ASSIGNED, ANSWERED, "
                        + "NO_ACTION_NEEDED, HIDDEN or REMOVED."));
    }

    @Test
    void aSearchWithoutWordsOrTooLongIsRefused() throws Exception {
        list("sv", "q", "?!")
                .andExpect(jsonPath("$.code").value("search.noWords"))
                .andExpect(jsonPath("$.detail").value("Sökningen behöver minst en bokstav eller siffra."));
        list("en", "q", "x".repeat(SearchTerms.MAX_LENGTH + 1))
                .andExpect(jsonPath("$.code").value("search.tooLong"))
                .andExpect(jsonPath("$.detail").value("A search may be at most " + SearchTerms.MAX_LENGTH
                        + " characters. Shorten it and search again."));
    }

    @Test
    void anUnknownAssigneeOrChannelIsRefused() throws Exception {
        given(people.findByUsername("ingen")).willReturn(Optional.empty());
        given(channels.find(987_654_321L)).willReturn(Optional.empty());

        list("sv", "assignee", "ingen")
                .andExpect(jsonPath("$.code").value("response.api.unknownAssignee"))
                .andExpect(jsonPath("$.detail").value("Det finns ingen person med det användarnamnet."));
        list("en", "channel", "987654321")
                .andExpect(jsonPath("$.code").value("response.api.unknownChannel"))
                .andExpect(jsonPath("$.detail").value("The channel does not exist."));
    }

    @Test
    void aChannelThatIsNotANumberIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/responses").param("channel", "x1").header("Accept-Language", "sv")
                        .with(as(principal(1, Role.STAFF))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verify(inbox, never()).listed(any());
    }

    /** A refused list: 400 as problem details, and the inbox never asked. */
    private ResultActions list(String language, String parameter, String value) throws Exception {
        ResultActions result = mvc.perform(get("/api/v1/responses").param(parameter, value)
                        .header("Accept-Language", language).with(as(principal(1, Role.STAFF))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verify(inbox, never()).listed(any());
        return result;
    }
}
