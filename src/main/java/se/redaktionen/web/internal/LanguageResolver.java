package se.redaktionen.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The one place a request's language is decided, Swedish first and only sv or en. People choose with
 * the language switch, kept in a cookie; programs calling the API say so with {@code Accept-Language}
 * (a stateless API has no cookie to keep). Every page, problem detail and error report asks here.
 */
class LanguageResolver extends CookieLocaleResolver {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH);

    LanguageResolver() {
        super("redaktionen-lang");
        setDefaultLocale(SWEDISH);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (ApiRequests.isApi(request)) {
            return fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        Locale chosen = super.resolveLocale(request);
        return supported(chosen) ? Locale.forLanguageTag(chosen.getLanguage()) : SWEDISH;
    }

    /** Spring MVC asks for a locale context rather than a locale; it must get the same answer. */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), null);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (!ApiRequests.isApi(request) && (locale == null || supported(locale))) {
            super.setLocale(request, response, locale == null ? null : Locale.forLanguageTag(locale.getLanguage()));
        }
    }

    /** The first supported language the header asks for, by its weights; Swedish when none or unreadable. */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return SWEDISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return found == null ? SWEDISH : Locale.forLanguageTag(found.getLanguage());
        } catch (IllegalArgumentException unreadable) {
            return SWEDISH;
        }
    }

    private static boolean supported(Locale locale) {
        return locale != null && SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(locale.getLanguage()));
    }
}
