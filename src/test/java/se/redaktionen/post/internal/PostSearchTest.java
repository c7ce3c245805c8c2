package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import se.redaktionen.post.PostState;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.QueryPlans;
import se.redaktionen.support.TestData;

/**
 * Searching posts through {@code GET /api/v1/posts?q=} on PostgreSQL: Swedish full-text search, the
 * filters together, pages, and the rule of who sees which posts. Each test's posts belong to people
 * made for it, so the shared database's other posts never match.
 */
@PostgresTest
class PostSearchTest {

    static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    String author;
    long facebook;
    long blog;

    @BeforeEach
    void people() {
        author = data.staff().getUsername();
        facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
        blog = data.channel(ChannelKind.WORDPRESS_BLOG);
    }

    @Test
    void swedishStemmingFindsOtherFormsOfAWord() throws Exception {
        long storyTime = SearchPosts.insert(jdbc, author, "Välkommen på sagostunden i Tumba", PostState.DRAFT, facebook);
        long writer = SearchPosts.insert(jdbc, author, "Författaren läser ur sin nya roman", PostState.DRAFT, facebook);
        long libraries = SearchPosts.insert(jdbc, author, "Biblioteken har öppet i jul", PostState.DRAFT, facebook);
        SearchPosts.insert(jdbc, author, "Inget om något av det", PostState.DRAFT, facebook);

        assertThat(ids(search(author).param("q", "sagostunder"))).containsExactly(storyTime);
        assertThat(ids(search(author).param("q", "författare"))).containsExactly(writer);
        assertThat(ids(search(author).param("q", "bibliotek"))).containsExactly(libraries);
        assertThat(ids(search(author).param("q", "\"öppet i jul\""))).containsExactly(libraries);
    }

    @Test
    void theTitleIsSearchedTooAndEveryWordMustMatch() throws Exception {
        long titled = SearchPosts.insert(jdbc, author, "Bokcirkel", "Vi läser deckare", PostState.DRAFT, facebook,
                null, Instant.now());
        SearchPosts.insert(jdbc, author, "Vi läser poesi", PostState.DRAFT, facebook);

        assertThat(ids(search(author).param("q", "bokcirkel deckare"))).containsExactly(titled);
        assertThat(ids(search(author).param("q", "bokcirkel poesi"))).isEmpty();
    }

    @Test
    void theFiltersCombineWithTheSearch() throws Exception {
        String colleague = data.staff().getUsername();
        Instant march = Instant.parse("2030-03-10T09:00:00Z");
        long wanted = SearchPosts.insert(jdbc, author, null, "Läxhjälp varje tisdag", PostState.APPROVED, facebook,
                march, Instant.now());
        SearchPosts.insert(jdbc, author, null, "Läxhjälp på bloggen", PostState.APPROVED, blog, march, Instant.now());
        SearchPosts.insert(jdbc, author, null, "Läxhjälp som utkast", PostState.DRAFT, facebook, march, Instant.now());
        SearchPosts.insert(jdbc, author, null, "Läxhjälp i april", PostState.APPROVED, facebook,
                Instant.parse("2030-04-10T09:00:00Z"), Instant.now());
        SearchPosts.insertSentBy(jdbc, author, colleague, "Läxhjälp för en kollega", PostState.APPROVED, facebook,
                march);
        SearchPosts.insert(jdbc, author, null, "Sagostund varje tisdag", PostState.APPROVED, facebook, march,
                Instant.now());

        assertThat(ids(search(author).param("q", "läxhjälp").param("channel", String.valueOf(facebook))
                .param("state", "APPROVED").param("sender", author).param("from", "2030-03-01")
                .param("to", "2030-03-31"))).containsExactly(wanted);
        assertThat(ids(search(author).param("q", "läxhjälp").param("sender", colleague))).hasSize(1);
        assertThat(ids(search(author).param("from", "2030-04-10").param("to", "2030-04-10"))).hasSize(1);
    }

    @Test
    void pagesAreTheLastChangedFirstAndEmptyPastTheEnd() throws Exception {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < 7; i++) {
            SearchPosts.insert(jdbc, author, null, "Sidvis nummer " + i, PostState.DRAFT, facebook, null,
                    start.plusSeconds(i));
        }

        List<Long> first = ids(search(author).param("q", "sidvis").param("size", "3"));
        List<Long> last = ids(search(author).param("q", "sidvis").param("size", "3").param("page", "2"));
        List<Long> past = ids(search(author).param("q", "sidvis").param("size", "3").param("page", "3"));

        assertThat(first).hasSize(3).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(last).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(past).isEmpty();
    }

    @Test
    void staffFindOnlyTheirOwnPostsAndEditorsFindEveryonesWithTheSameSearch() throws Exception {
        String other = data.staff().getUsername();
        String editor = data.editor().getUsername();
        String word = "Hemligord" + System.nanoTime();
        long mine = SearchPosts.insert(jdbc, author, word + " i mitt utkast", PostState.DRAFT, facebook);
        long theirs = SearchPosts.insert(jdbc, other, word + " i deras utkast", PostState.DRAFT, facebook);
        long sentAsMe = SearchPosts.insertSentBy(jdbc, other, author, word + " i mitt namn", PostState.DRAFT,
                facebook, null);

        assertThat(ids(search(author).param("q", word))).containsExactlyInAnyOrder(mine, sentAsMe);
        assertThat(ids(search(editor).param("q", word))).containsExactlyInAnyOrder(mine, theirs, sentAsMe);
    }

    @Test
    void aSearchThatCannotBeRunIsAProblemInTheCallersLanguage() throws Exception {
        mvc.perform(search(author).param("q", "!!! ??? ...").header("Accept-Language", "en")
                        .cookie(new jakarta.servlet.http.Cookie("redaktionen-lang", "en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("search.noWords"))
                .andExpect(jsonPath("$.detail").value("A search needs at least one letter or digit."));
        mvc.perform(search(author).param("q", "a".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("search.tooLong"))
                .andExpect(jsonPath("$.detail").value("Sökningen får vara högst 200 tecken. Korta den och sök igen."));
        mvc.perform(search(author).param("q", "bok\u0000cirkel")).andExpect(status().isOk());
        mvc.perform(search(author).param("q", "och")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anUnreadableFilterIsAProblemNamingIt() throws Exception {
        mvc.perform(search(author).param("state", "PUBLISHD").param("from", "2030-13-01")
                        .param("sender", "ingen-sådan-" + System.nanoTime()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("post.filter.unreadable"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Kan inte läsa state, sender, from.")));
    }

    @Test
    void theApiDocumentDescribesTheSearchAndItsErrors() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(jsonPath("$.paths['/api/v1/posts'].get.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/posts'].get.parameters[?(@.name == 'q')]").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/posts'].get.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/responses'].get.parameters[?(@.name == 'q')]").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/responses'].get.responses['400']").exists());
    }

    @Test
    void theSearchUsesTheFullTextIndexOfTheMigration() {
        assertThat(QueryPlans.withoutSequentialScans(jdbc, "select id from post where " + PostSearch.TEXT.vector()
                + " @@ websearch_to_tsquery('swedish', 'bok')")).contains("ix_post_search");
    }

    private MockHttpServletRequestBuilder search(String username) {
        return get("/api/v1/posts").with(httpBasic(username, PASSWORD));
    }

    private List<Long> ids(MockHttpServletRequestBuilder request) throws Exception {
        String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<Number> ids = JsonPath.read(json, "$[*].id");
        return ids.stream().map(Number::longValue).toList();
    }
}
