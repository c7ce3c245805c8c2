package se.redaktionen.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguageResolverTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void anApiCallerGetsTheFirstLanguageItAsksForThatWeSpeakAndOtherwiseSwedish() {
        assertThat(LanguageResolver.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageResolver.fromAcceptLanguage("de, en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageResolver.fromAcceptLanguage("sv-FI, en;q=0.5")).isEqualTo(SWEDISH);
        assertThat(LanguageResolver.fromAcceptLanguage("de")).isEqualTo(SWEDISH);
        assertThat(LanguageResolver.fromAcceptLanguage(null)).isEqualTo(SWEDISH);
        assertThat(LanguageResolver.fromAcceptLanguage(";;;q=x")).isEqualTo(SWEDISH);
    }

    @Test
    void pagesIgnoreAcceptLanguageAndFollowTheLanguageSwitch() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/posts");
        page.addHeader("Accept-Language", "en");
        MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/posts");
        api.addHeader("Accept-Language", "en");
        MockHttpServletRequest errorOfApi = new MockHttpServletRequest("GET", "/error");
        errorOfApi.setAttribute("jakarta.servlet.error.request_uri", "/api/v1/posts");
        errorOfApi.addHeader("Accept-Language", "en");

        LanguageResolver resolver = new LanguageResolver();

        assertThat(resolver.resolveLocale(page)).isEqualTo(SWEDISH);
        assertThat(resolver.resolveLocale(api)).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocaleContext(errorOfApi).getLocale()).isEqualTo(Locale.ENGLISH);
    }
}
