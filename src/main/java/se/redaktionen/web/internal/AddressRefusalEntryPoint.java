package se.redaktionen.web.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP Basic from a refused address is told so: 429 with Retry-After and a problem detail in the language of
 * Accept-Language. Every other failure goes to the ordinary entry point.
 */
class AddressRefusalEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses problems;
    private final AuthenticationEntryPoint otherwise;
    private final Clock clock;

    AddressRefusalEntryPoint(ProblemResponses problems, Clock clock) {
        this.problems = problems;
        this.otherwise = problems.unauthorized();
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
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login.addressRefused.api",
                AddressRefusedException.minutes(Duration.ofSeconds(seconds)));
    }
}
