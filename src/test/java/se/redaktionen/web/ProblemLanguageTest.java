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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

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
    TestData data;

    static Stream<Arguments> problems() {
        return Stream.of(
                problem(400, "form.hasErrors", t -> json(post("/api/v1/posts"), "{\"body\":\"\",\"channelIds\":[]}")
                        .with(basic(t.staff))),
                problem(400, "error.problem.badRequest", t -> get("/api/v1/responses/keine-zahl")
                        .with(basic(t.staff))),
                problem(401, "error.problem.unauthorized", t -> get("/api/v1/me")),
                problem(403, "error.problem.forbidden", t -> json(post("/api/v1/channels"), "{}")
                        .with(basic(t.staff))),
                problem(404, "error.problem.notFound", t -> get("/api/v1/posts/999999999")
                        .with(basic(t.editor))),
                problem(409, "form.conflict", t -> json(put("/api/v1/channels/{id}", t.facebook),
                        "{\"name\":\"x\",\"kind\":\"FACEBOOK_PAGE\",\"version\":-1}")
                        .with(basic(t.admin))),
                problem(422, "post.submit.guidelinesPending", t -> post("/api/v1/posts/{id}/submit", t.draft)
                        .with(basic(t.author))),
                problem(500, "error.problem.unexpected", t -> get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.request_uri", "/api/v1/posts")));
    }

    StaffUser staff;
    StaffUser editor;
    StaffUser admin;
    StaffUser author;
    long facebook;
    long draft;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("problems")
    void theProblemDetailFollowsAcceptLanguageWithSwedishAsTheDefault(int status, String key,
            Function<ProblemLanguageTest, MockHttpServletRequestBuilder> request) throws Exception {
        staff = data.staff();
        editor = data.editor();
        admin = data.admin();
        author = data.staff();
        facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
        // The author has not read the guidelines: submitting the draft is refused.
        draft = data.draft(author, facebook);

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

    private static Arguments problem(int status, String key,
                                     Function<ProblemLanguageTest, MockHttpServletRequestBuilder> request) {
        return Arguments.of(status, key, request);
    }

    private static RequestPostProcessor basic(StaffUser person) {
        return httpBasic(person.getUsername(), TestData.PASSWORD);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
