package se.redaktionen.web.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** RFC 9457 problem details for API requests that security turns away, instead of a login redirect. */
final class ProblemResponses {

    static final String CONTENT_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Redaktionen\", Bearer realm=\"Redaktionen\"");
            write(request, response, HttpStatus.UNAUTHORIZED,
                    "Authenticate with HTTP Basic or a personal API token (Authorization: Bearer ...).");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN,
                "Your role does not allow this request.");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, detail, request.getRequestURI()));
    }

    static String json(HttpStatus status, String detail, String instance) {
        return "{\"type\":\"about:blank\",\"title\":\"" + escape(status.getReasonPhrase()) + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\"" + escape(instance)
                + "\"}";
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
