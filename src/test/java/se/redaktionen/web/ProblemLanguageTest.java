package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestPeople;

/**
 * Every API problem, whatever produced it — validation, a refusal, Spring, security, the error page —
 * speaks the language of {@code Accept-Language}, Swedish when the header asks for nothing we speak.
 */
@PostgresTest
class ProblemLanguageTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    static Stream<Arguments> problems() {
        return Stream.of(
                problem(400, "form.hasErrors", t -> json(post("/api/v1/posts"), "{\"body\":\"\",\"channelIds\":[]}")
                        .with(httpBasic("demo-staff", "demo"))),
                problem(400, "error.problem.badRequest", t -> get("/api/v1/responses/keine-zahl")
                        .with(httpBasic("demo-staff", "demo"))),
                problem(401, "error.problem.unauthorized", t -> get("/api/v1/me")),
                problem(403, "error.problem.forbidden", t -> json(post("/api/v1/channels"), "{}")
                        .with(httpBasic("demo-staff", "demo"))),
                problem(404, "error.problem.notFound", t -> get("/api/v1/posts/999999999")
                        .with(httpBasic("demo-editor", "demo"))),
                problem(409, "form.conflict", t -> json(put("/api/v1/channels/{id}", t.facebook()),
                        "{\"name\":\"x\",\"kind\":\"FACEBOOK_PAGE\",\"version\":-1}")
                        .with(httpBasic("demo-admin", "demo"))),
                problem(422, "post.submit.guidelinesPending", t -> post("/api/v1/posts/{id}/submit", t.draft)
                        .with(httpBasic(t.author, PASSWORD))),
                problem(500, "error.problem.unexpected", t -> get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.request_uri", "/api/v1/posts")));
    }

    private static final String PASSWORD = "problem-language-password";

    String author;
    long draft;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("problems")
    void theProblemDetailFollowsAcceptLanguageWithSwedishAsTheDefault(int status, String key,
            Function<ProblemLanguageTest, MockHttpServletRequestBuilder> request) throws Exception {
        author = TestPeople.create(jdbc, encoder, "STAFF", PASSWORD);
        draft = draft();

        assertThat(detail(status, request.apply(this))).isEqualTo(text(key, status, SWEDISH));
        assertThat(detail(status, request.apply(this).header("Accept-Language", "sv-SE"))).isEqualTo(
                text(key, status, SWEDISH));
        assertThat(detail(status, request.apply(this).header("Accept-Language", "en-GB,en;q=0.9")))
                .isEqualTo(text(key, status, Locale.ENGLISH))
                .isNotEqualTo(text(key, status, SWEDISH));
        assertThat(detail(status, request.apply(this).header("Accept-Language", "de, fr;q=0.8")))
                .isEqualTo(text(key, status, SWEDISH));
    }

    private String detail(int status, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return JsonPath.read(response.getContentAsString(), "$.detail");
    }

    private String text(String key, int status, Locale locale) {
        return messages.getMessage(key, new Object[] {status}, locale);
    }

    long facebook() {
        return jdbc.queryForObject("select id from channel where kind = 'FACEBOOK_PAGE' order by id limit 1",
                Long.class);
    }

    /** A draft of this test's author, who has not read the guidelines: submitting it is refused. */
    long draft() throws Exception {
        String created = mvc.perform(json(post("/api/v1/posts"), "{\"body\":\"Hej\",\"channelIds\":[" + facebook()
                + "]}").with(httpBasic(author, PASSWORD))).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private static Arguments problem(int status, String key,
                                     Function<ProblemLanguageTest, MockHttpServletRequestBuilder> request) {
        return Arguments.of(status, key, request);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
