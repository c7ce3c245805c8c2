package se.redaktionen.web.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.redaktionen.organisation.StaffUser;

/** Someone with a one-time password can do nothing but set their own password, or log out. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/profile/password";
    private static final List<String> ALLOWED = List.of(PASSWORD_PAGE, "/logout", "/login", "/error", "/css/",
            "/js/", "/favicon");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof StaffUser user && user.isMustChangePassword()
                && ALLOWED.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
