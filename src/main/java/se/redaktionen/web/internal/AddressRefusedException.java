package se.redaktionen.web.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused because too many failed logins came from the client's address. Unlike a wrong password or a
 * locked username it is said plainly: it reveals nothing about any account, and colleagues behind the same
 * address need to know why they cannot log in.
 */
class AddressRefusedException extends AuthenticationException {

    private final transient Instant refusedUntil;

    AddressRefusedException(Instant refusedUntil) {
        super("Too many failed logins from this address");
        this.refusedUntil = refusedUntil;
    }

    Instant refusedUntil() {
        return refusedUntil;
    }

    /** Whole minutes, rounded up, as the messages about the refusal count them. */
    static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
