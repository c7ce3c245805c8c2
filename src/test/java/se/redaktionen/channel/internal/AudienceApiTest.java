package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.channel.AudienceSource;
import se.redaktionen.channel.Audiences;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** {@code /api/v1/channels/{id}/audience}: the figures of a period with their change, and counts by hand. */
@PostgresTest
class AudienceApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    private static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Audiences audiences;
    @Autowired
    TestData data;

    @Test
    void thePeriodsFiguresComeWithTheirChange() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "FACEBOOK_PAGE");
        audiences.record(channel, SEP_1, 3529, 3400, AudienceSource.PLATFORM, null);
        audiences.record(channel, SEP_1.plusDays(29), 3649, 3417, AudienceSource.MANUAL, null);
        audiences.record(channel, SEP_1.plusDays(30), 9999, null, AudienceSource.PLATFORM, null);

        mvc.perform(get("/api/v1/channels/{id}/audience", channel).param("from", "2025-09-01").param("to", "2025-09-30")
                        .with(basic(data.staff())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channelId").value(channel))
                .andExpect(jsonPath("$.channel").value(Matchers.startsWith("Publikkanal")))
                .andExpect(jsonPath("$.kind").value("FACEBOOK_PAGE"))
                .andExpect(jsonPath("$.from").value("2025-09-01"))
                .andExpect(jsonPath("$.to").value("2025-09-30"))
                .andExpect(jsonPath("$.snapshots.length()").value(2))
                .andExpect(jsonPath("$.snapshots[0].countedOn").value("2025-09-01"))
                .andExpect(jsonPath("$.snapshots[0].followers").value(3529))
                .andExpect(jsonPath("$.snapshots[0].fans").value(3400))
                .andExpect(jsonPath("$.snapshots[0].source").value("PLATFORM"))
                .andExpect(jsonPath("$.snapshots[1].source").value("MANUAL"))
                .andExpect(jsonPath("$.change.followers").value(120))
                .andExpect(jsonPath("$.change.percent").value(3.4))
                .andExpect(jsonPath("$.change.fans").value(17))
                .andExpect(jsonPath("$.change.since").value("2025-09-01"))
                .andExpect(jsonPath("$.change.until").value("2025-09-30"));
    }

    @Test
    void withoutDatesItIsTheLast90DaysAndAnEmptyPeriodHasNoChange() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "TWITTER");

        mvc.perform(get("/api/v1/channels/{id}/audience", channel).with(basic(data.staff())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(TODAY.minusDays(89).toString()))
                .andExpect(jsonPath("$.to").value(TODAY.toString()))
                .andExpect(jsonPath("$.snapshots.length()").value(0))
                .andExpect(jsonPath("$.change").value(Matchers.nullValue()));
    }

    @Test
    void badDatesAreAProblemThatSaysHowToWriteThem() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "TWITTER");

        mvc.perform(get("/api/v1/channels/{id}/audience", channel).param("from", "1 september")
                        .with(basic(data.staff())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("ÅÅÅÅ-MM-DD")))
                .andExpect(jsonPath("$.code").value("audience.api.periodInvalid"));
        mvc.perform(get("/api/v1/channels/{id}/audience", channel).param("from", "2025-10-01").param("to", "2025-09-01")
                        .header("Accept-Language", "en").with(basic(data.staff())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audience.api.periodReversed"));
    }

    @Test
    void anUnknownChannelIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/channels/{id}/audience", 987_654_321L).with(basic(data.staff())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        send(987_654_321L, data.editor(), "{\"countedOn\":\"2025-09-01\",\"followers\":1}")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anEditorRecordsACountAndASecondForTheSameDayReplacesIt() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "FACEBOOK_PAGE");
        StaffUser editor = data.editor();

        send(channel, editor, "{\"countedOn\":\"2025-09-01\",\"followers\":5678,\"fans\":5600}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/channels/" + channel
                        + "/audience?from=2025-09-01&to=2025-09-01"))
                .andExpect(jsonPath("$.followers").value(5678))
                .andExpect(jsonPath("$.fans").value(5600))
                .andExpect(jsonPath("$.source").value("MANUAL"));
        send(channel, editor, "{\"countedOn\":\"2025-09-01\",\"followers\":5680}")
                .andExpect(status().isOk());

        assertThat(AudienceFixture.rows(jdbc, channel)).isEqualTo(1);
        assertThat(audiences.snapshots(channel, SEP_1, SEP_1).get(0).followers()).isEqualTo(5680);
    }

    @Test
    void aCountBreakingTheRulesIsAProblemListingTheFieldsAndChangesNothing() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "WORDPRESS_BLOG");
        StaffUser editor = data.editor();

        send(channel, editor, "{\"countedOn\":\"" + TODAY.plusDays(1) + "\",\"followers\":-3,\"fans\":12}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("countedOn", "followers", "fans")))
                .andExpect(jsonPath("$.errors[?(@.field == 'countedOn')].message")
                        .value(Matchers.hasItem("Dagen kan inte ligga i framtiden.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'followers')].message")
                        .value(Matchers.hasItem("Antalet kan inte vara negativt.")));
        send(channel, editor, "{\"countedOn\":\"igår\",\"followers\":\"många\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'followers')].message")
                        .value(Matchers.contains("Skriv antalet som ett heltal, till exempel 1234.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'countedOn')].message")
                        .value(Matchers.contains("Skriv dagen som ÅÅÅÅ-MM-DD, till exempel 2025-09-01.")));
        send(channel, editor, "{\"countedOn\":\"2025-09-01\",\"followers\":12.5}")
                .andExpect(status().isBadRequest());
        send(channel, editor, "{\"followers\":12}")
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("countedOn")));
        send(channel, editor, "inte json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audience.api.bodyInvalid"));

        assertThat(AudienceFixture.rows(jdbc, channel)).isZero();
    }

    @Test
    void staffWhoDoNotAnswerForTheChannelMayNotCountEvenWithAMalformedBodyItsResponsibleMay() throws Exception {
        StaffUser responsible = data.staff();
        StaffUser outsider = data.staff();
        long channel = AudienceFixture.channel(jdbc, "Blogg", "WORDPRESS_BLOG", responsible, data.staff(), null);

        send(channel, outsider, "inte json").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        send(channel, outsider, "{\"countedOn\":\"2025-09-01\",\"followers\":1}").andExpect(status().isForbidden());
        send(channel, responsible, "{\"countedOn\":\"2025-09-01\",\"followers\":1}").andExpect(status().isCreated());
        mvc.perform(post("/api/v1/channels/{id}/audience", channel).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiDocumentDescribesBothCalls() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/channels/{id}/audience'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/channels/{id}/audience'].post.requestBody.content"
                        + "['application/json'].schema['$ref']").value(Matchers.endsWith("AudienceInput")));
    }

    private ResultActions send(long channel, StaffUser person, String json) throws Exception {
        return mvc.perform(post("/api/v1/channels/{id}/audience", channel)
                .with(basic(person))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static RequestPostProcessor basic(StaffUser person) {
        return httpBasic(person.getUsername(), TestData.PASSWORD);
    }
}
