package se.redaktionen.event.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** The events API: the page's form and rules through JSON, problems in the caller's language. */
@PostgresTest
class EventApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    EventRepository events;

    StaffUser editor;
    StaffUser staff;
    BranchSummary branch;
    long channel;
    Map<String, Object> input;

    @BeforeEach
    void aValidEvent() {
        editor = data.editor();
        staff = data.staff();
        branch = data.branch();
        channel = data.channel(ChannelKind.SANDBOX);
        ZonedDateTime start = ZonedDateTime.now(EventRequests.STOCKHOLM).plusDays(3).withHour(18).withMinute(0)
                .withSecond(0).withNano(0);
        input = new LinkedHashMap<>();
        input.put("title", TestData.unique("Samtalskvall"));
        input.put("kind", "DISCUSSION_EVENING");
        input.put("branchId", branch.id());
        input.put("startsAt", start.toOffsetDateTime().toString());
        input.put("endsAt", start.plusHours(2).toOffsetDateTime().toString());
        input.put("hashtag", "#SamtalIFittja");
        input.put("responsibleId", editor.getPersonId());
        input.put("teamIds", List.of(staff.getPersonId()));
        input.put("channelIds", List.of(channel));
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, StaffUser who) throws Exception {
        return request.with(as(who)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(input));
    }

    private long created() throws Exception {
        String location = mvc.perform(json(post("/api/v1/events"), editor)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void anEditorCreatesAnEventAndAnyoneReadsItWithItsWindowAndTeam() throws Exception {
        long id = created();

        mvc.perform(get("/api/v1/events/{id}", id).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(input.get("title")))
                .andExpect(jsonPath("$.branch").value(branch.name()))
                .andExpect(jsonPath("$.hashtag").value("SamtalIFittja"))
                .andExpect(jsonPath("$.team[0].username").value(staff.getUsername()))
                .andExpect(jsonPath("$.channels[0].id").value(channel))
                .andExpect(jsonPath("$.window.state").value("NOT_YET"))
                .andExpect(jsonPath("$.window.opensAt").value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        OffsetDateTime.parse((String) input.get("startsAt")).minusMinutes(30))))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void badInputIsA400NamingEveryFieldInTheCallersLanguage() throws Exception {
        input.put("hashtag", "två ord");
        input.put("venue", "Konsthallen");
        input.put("teamIds", List.of(987654321L));
        input.put("windowClosesAt", OffsetDateTime.parse((String) input.get("startsAt")).plusDays(9).toString());
        long before = events.count();

        mvc.perform(json(post("/api/v1/events"), editor).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("hashtag", "branchId",
                        "teamIds", "windowClosesAt")))
                .andExpect(jsonPath("$.errors[?(@.field == 'windowClosesAt')].message")
                        .value("Live coverage may last at most 7 days."));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aDateOutsideTheYearsTheApplicationTakesIsA400() throws Exception {
        input.put("startsAt", "+99999-01-01T18:00:00+01:00");

        mvc.perform(json(post("/api/v1/events"), editor))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staffMayReadButNotCreate() throws Exception {
        mvc.perform(json(post("/api/v1/events"), staff)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events").with(as(staff))).andExpect(status().isOk());
    }

    @Test
    void anUpdateNeedsTheVersionReadAndAStaleOneIsA409() throws Exception {
        long id = created();
        input.put("title", input.get("title") + " flyttad");
        input.put("version", 0);

        mvc.perform(json(put("/api/v1/events/{id}", id), editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/events/{id}", id), editor).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
        assertThat(events.findById(id).orElseThrow().getVersion()).isEqualTo(1);
    }

    @Test
    void anUnknownEventIsA404() throws Exception {
        mvc.perform(get("/api/v1/events/{id}", 987654321L).with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void theListIsPagedWithItsTotal() throws Exception {
        created();
        created();

        mvc.perform(get("/api/v1/events").param("size", "1").param("page", "1").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(1))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(2)));
    }

    @Test
    void theApiDocumentGivesEachEventOperationASummaryAndItsErrors() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(jsonPath("$.paths['/api/v1/events'].get.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/events'].post.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/events'].post.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events'].post.responses['403']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}'].put.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}'].put.responses['409']").exists());
    }
}
