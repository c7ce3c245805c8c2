package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * The inbox, the review queue and the post list answer htmx with the region its filters change, and
 * everything else (no JavaScript, a reload, htmx restoring history it no longer holds) with the page.
 */
@PostgresTest
class HtmxRegionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void htmxGetsTheInboxResultsAlone() throws Exception {
        StaffUser editor = data.editor();
        String region = body(get("/responses").param("view", "all").header("HX-Request", "true"), editor);

        assertThat(region).contains("data-inbox-results", "autofocus").doesNotContain("<main", "<header");
    }

    @Test
    void theInboxWithoutHtmxIsTheWholePageWithTheRegionInIt() throws Exception {
        StaffUser editor = data.editor();
        String page = body(get("/responses").param("view", "all"), editor);

        assertThat(page).contains("<main", "data-inbox-results", "hx-get=\"/responses?view=mine\"")
                .doesNotContain("autofocus");
    }

    @Test
    void htmxRestoringHistoryGetsTheWholePage() throws Exception {
        StaffUser staff = data.staff();
        String page = body(get("/responses").header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true"), staff);

        assertThat(page).contains("<main", "data-inbox-results");
    }

    @Test
    void htmxGetsTheReviewQueueAloneAndEveryoneElseThePage() throws Exception {
        StaffUser editor = data.editor();
        String branch = data.branch().name();
        String region = body(get("/review").param("branch", branch).header("HX-Request", "true"), editor);
        String page = body(get("/review").param("branch", branch), editor);

        assertThat(region).contains("data-review-results").doesNotContain("<main", "<form");
        assertThat(page).contains("<main", "data-review-results", "hx-get=\"/review\"");
    }

    @Test
    void htmxGetsThePostListAloneAndEveryoneElseThePage() throws Exception {
        StaffUser staff = data.staff();
        String region = body(get("/posts").header("HX-Request", "true"), staff);
        String page = body(get("/posts"), staff);

        assertThat(region).contains("id=\"post-results\"", "autofocus").doesNotContain("<main", "id=\"post-search\"");
        assertThat(page).contains("<main", "id=\"post-results\"", "id=\"post-search\"").doesNotContain("autofocus");
    }

    private String body(MockHttpServletRequestBuilder request, StaffUser person) throws Exception {
        return mvc.perform(request.with(as(person))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
