package se.redaktionen.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import se.redaktionen.Refused;
import se.redaktionen.Refused.Kind;
import se.redaktionen.support.Bundles;

/**
 * One refusal type, said in one place: each kind is its HTTP status and a problem in the caller's
 * language on the API, and an error page or a message back on the page it came from for the pages.
 */
class RefusalsTest {

    /** A real message of the bundles for each kind, with an argument where the message has one. */
    private static final Map<Kind, Refused> REFUSALS = Map.of(
            Kind.INVALID, Refused.invalid("response.api.textRequired", 4000),
            Kind.UNACCEPTABLE, Refused.unacceptable("response.answer.empty"),
            Kind.NOT_FOUND, Refused.notFound("response.notFound"),
            Kind.FORBIDDEN, Refused.forbidden("post.review.fourEyes"),
            Kind.CONFLICT, Refused.conflict("response.notOpen"));
    private static final Map<Kind, Integer> STATUS = Map.of(Kind.INVALID, 400, Kind.UNACCEPTABLE, 422,
            Kind.NOT_FOUND, 404, Kind.FORBIDDEN, 403, Kind.CONFLICT, 409);

    private final ResourceBundleMessageSource messages = Bundles.messages();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Api(), new Page())
            .setControllerAdvice(new ApiExceptionHandler(messages), new RefusalPages()).build();

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onTheApiEachKindIsItsStatusWithTheReasonInTheCallersLanguage(Kind kind) throws Exception {
        Refused refused = REFUSALS.get(kind);
        String swedish = message(refused, "sv");
        String english = message(refused, "en");
        assertThat(swedish).isNotEqualTo(english).doesNotContain("{0}");
        for (var language : Map.of("sv", swedish, "en", english).entrySet()) {
            mvc.perform(get("/api/v1/refusal/{kind}", kind).header(HttpHeaders.ACCEPT_LANGUAGE, language.getKey()))
                    .andExpect(status().is(STATUS.get(kind)))
                    .andExpect(jsonPath("$.status").value(STATUS.get(kind)))
                    .andExpect(jsonPath("$.detail").value(language.getValue()))
                    .andExpect(jsonPath("$.code").value(refused.getMessageKey()));
        }
    }

    @Test
    void onTheApiARefusalWithoutAKeyIsToldInTheWordsOfItsStatusAndHasNoCode() throws Exception {
        for (String language : new String[] {"sv", "en"}) {
            mvc.perform(get("/api/v1/refusal/unnamed").header(HttpHeaders.ACCEPT_LANGUAGE, language))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value(messages.getMessage("error.problem.notFound",
                            new Object[] {404}, Locale.forLanguageTag(language))))
                    .andExpect(jsonPath("$.code").doesNotExist());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"NOT_FOUND", "FORBIDDEN", "CONFLICT"})
    void onAPageAMissingForbiddenOrChangedThingGetsItsErrorPage(Kind kind) throws Exception {
        mvc.perform(post("/page/refusal/{kind}", kind).header(HttpHeaders.REFERER, "http://localhost/posts/5")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is(STATUS.get(kind)))
                .andExpect(redirectedUrl(null));
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"INVALID", "UNACCEPTABLE"})
    void onAPageAnyOtherRefusalGoesBackToTheFormWithItsReason(Kind kind) throws Exception {
        Refused refused = REFUSALS.get(kind);
        mvc.perform(post("/page/refusal/{kind}", kind).header(HttpHeaders.REFERER, "http://localhost/posts/5"))
                .andExpect(redirectedUrl("/posts/5"))
                .andExpect(flash().attribute("refusal", refused.getMessageKey()))
                .andExpect(flash().attribute("refusalArgs", refused.getArguments()));
    }

    @Test
    void onAPageWithoutAPageOfOursToGoBackToARefusalIsItsStatus() throws Exception {
        mvc.perform(post("/page/refusal/{kind}", Kind.INVALID)).andExpect(status().isBadRequest());
        mvc.perform(post("/page/refusal/{kind}", Kind.UNACCEPTABLE)
                        .header(HttpHeaders.REFERER, "https://elsewhere.example/posts/5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(redirectedUrl(null));
    }

    private String message(Refused refused, String language) {
        return messages.getMessage(refused.getMessageKey(), refused.getArguments(), Locale.forLanguageTag(language));
    }

    @RestController
    static class Api {

        @GetMapping("/api/v1/refusal/{kind}")
        void refuse(@PathVariable Kind kind) {
            throw REFUSALS.get(kind);
        }

        @GetMapping("/api/v1/refusal/unnamed")
        void refuseWithoutKey() {
            throw Refused.notFound();
        }
    }

    @Controller
    static class Page {

        @PostMapping("/page/refusal/{kind}")
        String refuse(@PathVariable Kind kind) {
            throw REFUSALS.get(kind);
        }
    }
}
