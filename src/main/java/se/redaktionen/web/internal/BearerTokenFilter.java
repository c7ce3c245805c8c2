package se.redaktionen.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.redaktionen.api.ApiTokens;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.organisation.StaffUserDetailsService;

/** Authenticates API requests carrying {@code Authorization: Bearer <personal API token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final StaffUserDetailsService users;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, StaffUserDetailsService users, ProblemResponses problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        StaffUser user = tokens.authenticate(header.substring(BEARER.length()).strip())
                .flatMap(users::findActiveById)
                .orElse(null);
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Redaktionen\", error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.problem.tokenInvalid");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
