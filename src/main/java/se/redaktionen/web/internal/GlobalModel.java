package se.redaktionen.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.redaktionen.RedaktionenProperties;

/** What every page's layout needs. */
@ControllerAdvice
class GlobalModel {

    private final RedaktionenProperties properties;

    GlobalModel(RedaktionenProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return properties.demoMode();
    }

    /** The language switch links back to the page it sits on. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
