package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.post.PostState;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** The search form on "Mina inlägg": a plain GET form, page links, all posts for editors, bad input kept. */
@PostgresTest
class PostSearchPageTest {

    private static final Pattern ROW = Pattern.compile("data-post-id=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    StaffUserDetailsService users;

    String author;
    long facebook;

    @BeforeEach
    void people() {
        author = data.staff().getUsername();
        facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
    }

    @Test
    void theResultsComePageByPageWithLinksToTheOtherPages() throws Exception {
        for (int i = 0; i < 27; i++) {
            SearchPosts.insert(jdbc, author, null, "Bläddra " + i, PostState.DRAFT, facebook, null,
                    Instant.parse("2026-01-01T10:00:00Z").plusSeconds(i));
        }

        String first = page(get("/posts").param("q", "bläddra"), author);
        String second = page(get("/posts").param("q", "bläddra").param("page", "2"), author);
        String beyond = page(get("/posts").param("q", "bläddra").param("page", "99"), author);

        assertThat(rows(first)).isEqualTo(25);
        assertThat(first).contains("data-total=\"27\"", "aria-current=\"page\"", "data-page=\"2\"",
                "href=\"/posts?q=bl%C3%A4ddra&amp;page=2\"", "rel=\"next\"");
        assertThat(rows(second)).isEqualTo(2);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(rows(beyond)).as("a page past the end is the last one").isEqualTo(2);
        assertThat(rows(page(get("/posts").param("q", "bläddra").param("size", "50"), author))).isEqualTo(27);
    }

    @Test
    void theFormShowsBackWhatWasSearchedAndTheLinksKeepTheFilters() throws Exception {
        for (int i = 0; i < 26; i++) {
            SearchPosts.insert(jdbc, author, "Behållna filter " + i, PostState.DRAFT, facebook);
        }

        String html = page(get("/posts").param("q", "behållna & filter").param("state", "DRAFT")
                .param("channel", String.valueOf(facebook)).param("from", "2020-01-01"), author);

        assertThat(html).contains("value=\"behållna &amp; filter\"", "value=\"DRAFT\" selected=\"selected\"",
                "value=\"2020-01-01\"", "method=\"get\"", "role=\"search\"");
        assertThat(html).contains("href=\"/posts?q=beh%C3%A5llna%20%26%20filter&amp;channel=" + facebook
                + "&amp;state=DRAFT&amp;from=2020-01-01&amp;page=2\"");
    }

    @Test
    void editorsMaySearchAllPostsAndStaffMayNot() throws Exception {
        String editor = data.editor().getUsername();
        String word = "Allasidan" + System.nanoTime();
        long theirs = SearchPosts.insert(jdbc, author, word, PostState.DRAFT, facebook);

        assertThat(page(get("/posts").param("q", word), editor)).doesNotContain("data-post-id=\"" + theirs + "\"");
        assertThat(page(get("/posts").param("q", word).param("scope", "all"), editor))
                .contains("data-post-id=\"" + theirs + "\"");
        mvc.perform(get("/posts").param("scope", "all").with(as(author))).andExpect(status().isForbidden());
        assertThat(page(get("/posts"), author)).doesNotContain("id=\"scope\"");
    }

    @Test
    void aSearchThatCannotBeRunIsToldKeepingWhatWasTyped() throws Exception {
        SearchPosts.insert(jdbc, author, "Något att hitta", PostState.DRAFT, facebook);
        String tooLong = "x".repeat(201);

        String punctuation = page(get("/posts").param("q", "?!?"), author);
        String longOne = page(get("/posts").param("q", tooLong), author);

        assertThat(punctuation).contains("data-search-problem", "value=\"?!?\"", "aria-invalid=\"true\"");
        assertThat(rows(punctuation)).isZero();
        assertThat(longOne).contains("data-search-problem", "value=\"" + tooLong + "\"");
        assertThat(rows(page(get("/posts").param("q", "hitta\u0000"), author))).isEqualTo(1);
    }

    @Test
    void anUnreadableFilterIsIgnoredWithANotice() throws Exception {
        SearchPosts.insert(jdbc, author, "Filter som inte går att läsa", PostState.DRAFT, facebook);

        String html = page(get("/posts").param("state", "KLAR").param("channel", "x").param("to", "igår")
                .param("size", "7").param("page", "-1"), author);

        assertThat(html).contains("Ett filter kunde inte läsas");
        assertThat(rows(html)).isEqualTo(1);
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        SearchPosts.insert(jdbc, author, "Bara resultaten", PostState.DRAFT, facebook);

        String fragment = page(get("/posts").param("q", "resultaten").header("HX-Request", "true"), author);

        assertThat(fragment).startsWith("<div id=\"post-results\">").doesNotContain("<html", "<form");
        assertThat(rows(fragment)).isEqualTo(1);
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int rows(String html) {
        Matcher m = ROW.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
