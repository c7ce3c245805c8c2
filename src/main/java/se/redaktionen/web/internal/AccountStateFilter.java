package se.redaktionen.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.organisation.StaffUserDetailsService;

/**
 * Keeps a browser session in step with the person's account: deactivation ends the session at the
 * next request, a changed role or name applies at once, and someone with a one-time password can do
 * nothing but set their own password, or log out.
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/profile/password";
    private static final List<String> STATIC = List.of("/css/", "/js/", "/img/", "/webjars/",
            "/favicon");
    private static final List<String> ALLOWED_WITH_ONE_TIME_PASSWORD = List.of(PASSWORD_PAGE, "/logout", "/login",
            "/error");

    private final StaffUserDetailsService users;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    AccountStateFilter(StaffUserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth == null || !(auth.getPrincipal() instanceof StaffUser current) || startsWithAny(path, STATIC)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffUser> fresh = users.findActiveById(current.getPersonId());
        if (fresh.isEmpty()) {
            new SecurityContextLogoutHandler().logout(request, response, auth);
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        StaffUser user = fresh.get();
        if (changed(current, user)) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contextRepository.saveContext(context, request, response);
        }
        if (user.isMustChangePassword() && !startsWithAny(path, ALLOWED_WITH_ONE_TIME_PASSWORD)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean changed(StaffUser before, StaffUser now) {
        return before.getRole() != now.getRole() || before.isMustChangePassword() != now.isMustChangePassword()
                || !Objects.equals(before.getDisplayName(), now.getDisplayName());
    }

    private static boolean startsWithAny(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(path::startsWith);
    }
}
