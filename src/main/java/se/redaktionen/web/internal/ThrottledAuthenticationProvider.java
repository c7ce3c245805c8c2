package se.redaktionen.web.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import se.redaktionen.organisation.Usernames;

/**
 * Password authentication for the login form and HTTP Basic alike. Every failure — wrong password, unknown or
 * inactive user, locked username — is the same generic failure to the caller; only a refused client address is
 * told apart, as it says nothing about the account.
 *
 * <p>A browser presenting the username's device token is trusted: neither the username lock nor the address
 * refusal applies, and its failures count against that token alone. Without one, a refused address is turned
 * away first, then a locked username, and a failure counts against both the username and the address.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final LoginDevices devices;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, LoginDevices devices) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Usernames.normalise(authentication.getName());
        // No username holds a control character, and PostgreSQL refuses U+0000 in a query: no look-up for those.
        if (username.isEmpty() || username.length() > 200 || username.chars().anyMatch(Character::isISOControl)) {
            throw failed();
        }
        LoginDetails details = LoginDetails.of(authentication.getDetails());
        Optional<String> device = devices.trusted(username, details.deviceTokenHashes());
        if (device.isPresent()) {
            try {
                return check(username, authentication);
            } catch (AuthenticationException e) {
                devices.recordFailure(device.get());
                throw failed();
            }
        }
        String address = details.throttledAddress();
        Optional<Instant> refusedUntil = throttle.addressRefusedUntil(address);
        if (refusedUntil.isPresent()) {
            throw new AddressRefusedException(refusedUntil.get());
        }
        if (throttle.isLocked(username)) {
            throttle.recordLockedAttempt(address);
            throw failed();
        }
        try {
            Authentication result = check(username, authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(username, address);
            throw failed();
        }
    }

    private Authentication check(String username, Authentication authentication) {
        return delegate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                authentication.getCredentials()));
    }

    private static BadCredentialsException failed() {
        return new BadCredentialsException("Bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
