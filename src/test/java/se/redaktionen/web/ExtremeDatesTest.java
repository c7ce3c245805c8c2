package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import static org.assertj.core.api.Assertions.assertThat;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;
import se.redaktionen.DateRange;

/**
 * Dates outside the years 2000–2100 ({@link DateRange}) used to overflow in date arithmetic or the
 * database, a server error; every page, form and API call now treats them as bad input.
 */
@PostgresTest
class ExtremeDatesTest {

    private static final String FAR_PAST = "-999999999-01-01";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    StaffUser staff;
    long facebook;

    @BeforeEach
    void staffAndAChannel() {
        staff = data.staff();
        facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"week", "month"})
    void theCalendarAtAnExtremeDateShowsTodayAndSaysTheDateWasNotUsed(String view) throws Exception {
        mvc.perform(get("/calendar").param("view", view).param("date", FAR_PAST).with(staff()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("dateInvalid", true))
                .andExpect(content().string(Matchers.containsString("id=\"calendar-date-invalid\"")));
    }

    @Test
    void aChannelPageWithAnExtremePeriodShowsTheDefaultPeriodAndNamesTheProblem() throws Exception {
        mvc.perform(get("/channels/{id}", facebook).param("to", FAR_PAST).with(staff()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getModelAndView().getModel().get("period").toString())
                        .contains("problem=audience.period.invalid"));
    }

    @Test
    void anExtremePeriodForTheAudienceApiIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/channels/{id}/audience", facebook).param("to", FAR_PAST)
                        .with(httpBasic(staff.getUsername(), TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audience.api.periodInvalid"));
    }

    @Test
    void anExtremeScheduledTimeThroughTheApiIsAFieldError() throws Exception {
        mvc.perform(post("/api/v1/posts").with(httpBasic(staff.getUsername(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Hej\",\"channelIds\":[" + facebook
                                + "],\"scheduledAt\":\"+999999999-12-31T23:59:59Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("scheduledAt"))
                .andExpect(jsonPath("$.errors[0].message").value("Datumet ska ligga mellan år 2000 och 2100."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2999-01-01T10:00", "1999-12-31T10:00"})
    void aScheduledTimeOutsideTheRangeOnTheFormIsAFieldErrorWithTheTypedValueKept(String typed) throws Exception {
        mvc.perform(post("/posts/new").with(staff()).with(csrf()).param("body", "Hej")
                        .param("channelIds", String.valueOf(facebook)).param("scheduledAt", typed))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("postForm", "scheduledAt", DateRange.ERROR_CODE))
                .andExpect(content().string(Matchers.containsString("value=\"" + typed + "\"")));
    }

    @Test
    void anExtremeChannelStartDateThroughTheApiIsAFieldErrorNotADatabaseFailure() throws Exception {
        mvc.perform(post("/api/v1/channels").with(httpBasic(data.admin().getUsername(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Blogg " + System.nanoTime() + "\",\"kind\":\"MANUAL\","
                                + "\"startedOn\":\"+999999999-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startedOn"));
    }

    private RequestPostProcessor staff() {
        return as(staff);
    }
}
