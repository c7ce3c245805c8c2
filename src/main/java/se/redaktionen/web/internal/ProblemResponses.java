package se.redaktionen.web.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import se.redaktionen.web.Problems;

/**
 * RFC 9457 problem details written where Spring MVC does not run: the security filters that turn an
 * API request away (instead of a login redirect) and the container's error report. They speak the
 * language the locale resolver picks, as everything else does.
 */
@Component
class ProblemResponses {

    static final String CONTENT_TYPE = "application/problem+json";

    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Redaktionen\", Bearer realm=\"Redaktionen\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "error.problem.unauthorized");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "error.problem.forbidden");
    }

    /** A problem with the given text, or with the status's own text when the key is null. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detailKey,
               Object... arguments) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = detailKey == null ? Problems.detail(status, messages, locale)
                : messages.getMessage(detailKey, arguments, locale);
        HttpStatus known = HttpStatus.resolve(status.value());
        response.setStatus(status.value());
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status.value(), known == null ? "" : known.getReasonPhrase(), detail,
                request.getRequestURI()));
    }

    static String json(int status, String title, String detail, String instance) {
        return "{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\"" + escape(instance) + "\"}";
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
