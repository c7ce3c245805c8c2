package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class SecurityHeadersAndErrorPagesTest {

    private static final Pattern INLINE_CODE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)|\\sstyle=|<style|\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheOtherSecureHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("default-src 'self'"),
                        Matchers.containsString("script-src 'self'"),
                        Matchers.containsString("frame-ancestors 'none'"),
                        Matchers.not(Matchers.containsString("unsafe-inline")),
                        Matchers.not(Matchers.containsString("unsafe-eval")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void noTemplateNeedsInlineScriptOrStyleSoThePolicyHolds() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            offenders = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> {
                        try {
                            return INLINE_CODE.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theStylesheetAndHtmxAreServedToEveryoneAndNothingElseIsAStaticFile() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/app.css").with(as(data.staff()))).andExpect(status().isNotFound());
    }

    @Test
    void theIconsAreServedToEveryoneForADayAndNoOtherFileBesideThem() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/x-icon"))
                .andExpect(header().string("Cache-Control", "max-age=86400, public"));
        mvc.perform(get("/icons/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(header().string("Cache-Control", "max-age=86400, public"));
        mvc.perform(get("/favicon.svg").with(as(data.staff()))).andExpect(status().isNotFound());
        mvc.perform(get("/icons/app.css").with(as(data.staff()))).andExpect(status().isNotFound());
    }

    @Test
    void theWebAppManifestNamesTheAppAndOpensTheDashboardLikeAnApp() throws Exception {
        mvc.perform(get("/manifest.webmanifest")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/manifest+json"))
                .andExpect(header().string("Cache-Control", "max-age=86400"))
                .andExpect(jsonPath("$.name").value("Redaktionen"))
                .andExpect(jsonPath("$.start_url").value("/"))
                .andExpect(jsonPath("$.display").value("standalone"))
                .andExpect(jsonPath("$.theme_color").value("#0b5394"))
                .andExpect(jsonPath("$.icons[*].src").value(Matchers.hasItems("/icons/icon-192.png",
                        "/icons/icon-512.png")));
        for (String icon : List.of("/icons/icon-192.png", "/icons/icon-512.png", "/icons/apple-touch-icon.png")) {
            mvc.perform(get(icon)).andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        }
    }

    @Test
    void everyPageLinksTheIconsAndTheManifest() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(Matchers.allOf(
                Matchers.containsString("<link rel=\"icon\" href=\"/favicon.ico\""),
                Matchers.containsString("<link rel=\"icon\" href=\"/icons/favicon.svg\" type=\"image/svg+xml\">"),
                Matchers.containsString("<link rel=\"apple-touch-icon\" href=\"/icons/apple-touch-icon.png\">"),
                Matchers.containsString("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"))));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", data.staff().getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownPageGivesTheFriendlyNotFoundPageWithoutInternals() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/finns-inte"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Sidan finns inte")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
    }

    @Test
    void anInternalErrorGivesTheFriendlyPageWithoutAStackTrace() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("hemlig detalj"))
                        .requestAttr("jakarta.servlet.error.request_uri", "/"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(Matchers.containsString("Något gick fel")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hemlig detalj"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("at se.redaktionen"))));
    }

    @Test
    void nonBrowserErrorsAreProblemDetails() throws Exception {
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/api/v1/finns-inte"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("{\"status\":404,\"title\":\"Not Found\",\"instance\":\"/api/v1/finns-inte\"}"));
    }
}
