package se.redaktionen.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests from programs — the JSON API and actuator — as opposed to pages. They are answered with
 * RFC 9457 problem details and speak the language of their {@code Accept-Language} header. An error
 * dispatch counts as the request it reports on.
 */
final class ApiRequests {

    private ApiRequests() {
    }

    static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String contextPath = request.getContextPath();
        if (uri == null) {
            return false;
        }
        String path = contextPath != null && uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }
}
