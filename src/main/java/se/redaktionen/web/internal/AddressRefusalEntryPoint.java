package se.redaktionen.web.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP Basic from a refused address is told so: 429 with Retry-After and a problem detail in the language of
 * Accept-Language. Every other failure goes to the ordinary entry point.
 */
class AddressRefusalEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint otherwise;
    private final MessageSource messages;
    private final Clock clock;

    AddressRefusalEntryPoint(AuthenticationEntryPoint otherwise, MessageSource messages, Clock clock) {
        this.otherwise = otherwise;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (!(e instanceof AddressRefusedException refused)) {
            otherwise.commence(request, response, e);
            return;
        }
        long seconds = Math.max(1, (Duration.between(clock.instant(), refused.refusedUntil()).toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        String detail = messages.getMessage("login.addressRefused.api", new Object[] {AddressRefusedException.minutes(Duration.ofSeconds(seconds))},
                acceptedLanguage(request));
        ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, detail);
    }

    private static Locale acceptedLanguage(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null) {
            return WebConfiguration.SWEDISH;
        }
        try {
            Locale locale = Locale.lookup(Locale.LanguageRange.parse(header), WebConfiguration.SUPPORTED);
            return locale == null ? WebConfiguration.SWEDISH : locale;
        } catch (IllegalArgumentException malformed) {
            return WebConfiguration.SWEDISH;
        }
    }
}
