package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * Text typed into any form or sent to the API is saved without control characters (but tab and line
 * breaks). PostgreSQL refuses U+0000 in text, which made every such save a server error; H2, the
 * zero-setup database, stored it silently. Tested here on PostgreSQL, for forms and the API.
 */
@PostgresTest
class TextInputTest {

    private static final String PASSWORD = TestData.PASSWORD;
    /** What a browser sends for {@code a%00b} or a program for {@code "a\u0000b"}, with the other C0 controls. */
    private static final String TYPED = "a\u0000b\u0007c";
    private static final String SAVED = "abc";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    TestData data;

    String staff;
    String admin;
    long facebook;

    @BeforeEach
    void person() {
        staff = data.staff().getUsername();
        admin = data.admin().getUsername();
        facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
    }

    @Test
    void aSignatureWithANulCharacterIsSavedWithoutIt() throws Exception {
        long version = jdbc.queryForObject("select version from person where username = ?", Long.class, staff);

        mvc.perform(form(post("/profile"), staff).param("displayName", "Test").param("signature", "/" + TYPED)
                        .param("language", "sv").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select signature from person where username = ?", String.class, staff))
                .isEqualTo("/" + SAVED);
    }

    @Test
    void aPostBodyAndACommentWithControlCharactersAreSavedWithoutThemButWithTheirLineBreaks() throws Exception {
        String location = mvc.perform(form(post("/posts/new"), staff).param("body", TYPED + "\r\n\tslut")
                        .param("channelIds", String.valueOf(facebook)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long post = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(form(post("/posts/{id}/comments", post), staff).param("text", TYPED))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select body from post where id = ?", String.class, post))
                .isEqualTo(SAVED + "\r\n\tslut");
        assertThat(jdbc.queryForObject("select text from post_comment where post_id = ?", String.class, post))
                .isEqualTo(SAVED);
    }

    @Test
    void aBranchATokenAndAGuidelineNamedWithANulCharacterAreSavedWithoutIt() throws Exception {
        String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

        mvc.perform(form(post("/admin/branches/new"), admin).param("name", "Filial " + unique + TYPED)
                .param("code", "f" + unique.substring(0, 4))).andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/profile/tokens"), staff).param("name", "Skript " + TYPED))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/admin/guidelines/new"), admin).param("title", "Riktlinje " + unique + TYPED)
                .param("source", "OWN").param("body", TYPED).param("changeNote", TYPED))
                .andExpect(status().is3xxRedirection());

        assertThat(count("select count(*) from branch where name = ?", "Filial " + unique + SAVED)).isOne();
        assertThat(count("select count(*) from api_token t join person p on p.id = t.person_id "
                + "where p.username = ? and t.name = ?", staff, "Skript " + SAVED)).isOne();
        assertThat(count("select count(*) from guideline where title = ?", "Riktlinje " + unique + SAVED)).isOne();
    }

    @Test
    void aFormsFieldsAreSavedTrimmed() throws Exception {
        long version = jdbc.queryForObject("select version from person where username = ?", Long.class, staff);

        mvc.perform(form(post("/profile"), staff).param("displayName", "  Test Person \t").param("language", "sv")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select display_name from person where username = ?", String.class, staff))
                .isEqualTo("Test Person");
    }

    @Test
    void aNewPasswordKeepsItsSpaces() throws Exception {
        String spaced = "  med mellanslag  ";

        mvc.perform(form(post("/profile/password"), staff).param("currentPassword", PASSWORD)
                        .param("newPassword", spaced).param("confirmPassword", spaced))
                .andExpect(status().is3xxRedirection());

        String hash = jdbc.queryForObject("select password_hash from person where username = ?", String.class, staff);
        assertThat(encoder.matches(spaced, hash)).isTrue();
        assertThat(encoder.matches(spaced.strip(), hash)).isFalse();
    }

    @Test
    void aResponseLoggedByHandWithANulCharacterIsSavedWithoutIt() throws Exception {
        String unique = "nul-" + System.nanoTime();

        mvc.perform(form(post("/responses/new"), staff).param("channelId", String.valueOf(facebook))
                        .param("kind", "COMMENT").param("text", TYPED).param("platformId", unique)
                        .param("receivedOn", LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1).toString())
                        .param("receivedTime", "10:00"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select text from response where platform_id = ?", String.class, unique))
                .isEqualTo(SAVED);
    }

    @Test
    void textSentToTheApiIsSavedWithoutControlCharacters() throws Exception {
        String unique = "nul-api-" + System.nanoTime();

        api("/api/v1/posts", staff, "{\"body\":\"" + json(TYPED) + "\",\"channelIds\":[" + facebook + "]}")
                .andExpect(status().isCreated());
        api("/api/v1/responses", staff, "{\"channelId\":" + facebook + ",\"platformId\":\"" + unique
                + "\",\"kind\":\"COMMENT\",\"text\":\"" + json(TYPED) + "\",\"receivedAt\":\"2025-06-01T12:00:00Z\"}")
                .andExpect(status().isCreated());
        api("/api/v1/channels", admin, "{\"name\":\"Blogg " + unique + json(TYPED)
                + "\",\"kind\":\"WORDPRESS_BLOG\",\"handle\":\"https://blogg.example\",\"branch\":\""
                + data.branch().name() + "\",\"responsibleUsername\":\"" + data.editor().getUsername()
                + "\",\"deputyUsername\":\"" + data.editor().getUsername() + "\",\"credentials\":"
                + "{\"username\":\"" + json(TYPED) + "\",\"applicationPassword\":\"x\"}}")
                .andExpect(status().isCreated());

        assertThat(jdbc.queryForObject("select body from post p join person a on a.id = p.author_id "
                + "where a.username = ?", String.class, staff)).isEqualTo(SAVED);
        assertThat(jdbc.queryForObject("select text from response where platform_id = ?", String.class, unique))
                .isEqualTo(SAVED);
        assertThat(count("select count(*) from channel where name = ?", "Blogg " + unique + SAVED)).isOne();
    }

    @Test
    void aUsernameWithANulCharacterIsAFailedLoginNotAServerError() throws Exception {
        String typed = staff.charAt(0) + "\u0000" + staff.substring(1);

        mvc.perform(post("/login").with(csrf()).param("username", typed).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(httpBasic(typed, PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String username) {
        return request.with(as(username)).with(csrf());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private ResultActions api(String path, String username, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** The text as a JSON string's content, control characters escaped as \\uXXXX. */
    private static String json(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().forEach(c -> sb.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}
