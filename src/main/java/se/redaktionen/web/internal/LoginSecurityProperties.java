package se.redaktionen.web.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-address login limit: {@code addressMaxFailures} failed logins from one client address within
 * {@code addressWindow} refuse that address, for every username, for one window from then. Set it above
 * what the staff behind one shared address (a library's network) mistype in a window.
 */
@ConfigurationProperties("redaktionen.security")
public record LoginSecurityProperties(
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("15m") Duration addressWindow) {

    // Checked at binding so that a wrong setting stops the start-up rather than the first failed login.
    public LoginSecurityProperties {
        if (addressMaxFailures < 1) {
            throw new IllegalArgumentException(
                    "redaktionen.security.address-max-failures must be at least 1, was " + addressMaxFailures);
        }
        if (addressWindow.isNegative() || addressWindow.isZero()) {
            throw new IllegalArgumentException(
                    "redaktionen.security.address-window must be positive, was " + addressWindow);
        }
    }
}
