package se.redaktionen.web.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import se.redaktionen.organisation.Usernames;

/**
 * Password authentication for the login form and HTTP Basic alike. Every failure — wrong password,
 * unknown or inactive user, locked username — is the same generic failure to the caller.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Usernames.normalise(authentication.getName());
        // No username holds a control character, and PostgreSQL refuses U+0000 in a query: no look-up for those.
        if (username.isEmpty() || username.length() > 200 || username.chars().anyMatch(Character::isISOControl)) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (throttle.isLocked(username)) {
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication result = delegate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    username, authentication.getCredentials()));
            throttle.recordSuccess(username);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(username);
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
