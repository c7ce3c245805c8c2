package se.redaktionen.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.redaktionen.organisation.StaffUser;

/**
 * A one-time password set by an admin opens only the password page in the browser; without this
 * it would open the whole API with Basic authentication for as long as nobody logs in.
 */
class ApiOneTimePasswordFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    ApiOneTimePasswordFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffUser user && user.isMustChangePassword()) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "error.problem.mustChangePassword");
            return;
        }
        chain.doFilter(request, response);
    }
}
