package se.redaktionen.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a username for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} failed logins, and refuses a client
 * address after {@link LoginSecurityProperties#addressMaxFailures()} failed logins from it. Kept in the database
 * so that every application node sees the same counts. Unknown usernames are counted too, so the lock reveals
 * nothing about which usernames exist. A {@code null} address (a login not made over HTTP) is not counted.
 */
@Service
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final LoginThrottleRepository usernames;
    private final AddressThrottleRepository addresses;
    private final LoginSecurityProperties settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository usernames, AddressThrottleRepository addresses,
                  LoginSecurityProperties settings, TransactionTemplate tx, Clock clock) {
        this.usernames = usernames;
        this.addresses = addresses;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        return usernames.findById(username).map(e -> e.lockedAt(clock.instant())).orElse(false);
    }

    /** Until when the address is refused, if it is. */
    Optional<Instant> addressRefusedUntil(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return addresses.findById(address).filter(e -> e.lockedAt(now)).map(FailureCount::getLockedUntil);
    }

    /** A wrong password, or an unknown or inactive username, tried from the address. */
    void recordFailure(String username, String address) {
        retryingFirstFailure(() -> {
            failUsername(username);
            failAddress(address);
        });
    }

    /** A try at a locked username: it does not extend that lock, but it is a failure of the address. */
    void recordLockedAttempt(String address) {
        retryingFirstFailure(() -> failAddress(address));
    }

    void recordSuccess(String username) {
        tx.executeWithoutResult(status -> usernames.deleteById(username));
    }

    /** Two nodes may both insert the first failure of a key; the loser counts again on the winner's row. */
    private void retryingFirstFailure(Runnable failures) {
        try {
            tx.executeWithoutResult(status -> failures.run());
        } catch (DataIntegrityViolationException concurrentFirstFailure) {
            tx.executeWithoutResult(status -> failures.run());
        }
    }

    private void failUsername(String username) {
        LoginThrottleEntry entry = usernames.findForUpdate(username).orElseGet(() -> new LoginThrottleEntry(username));
        entry.fail(clock.instant(), MAX_FAILURES, LOCK_DURATION);
        usernames.saveAndFlush(entry);
    }

    private void failAddress(String address) {
        if (address == null) {
            return;
        }
        AddressThrottleEntry entry = addresses.findForUpdate(address).orElseGet(() -> new AddressThrottleEntry(address));
        entry.fail(clock.instant(), settings.addressMaxFailures(), settings.addressWindow());
        addresses.saveAndFlush(entry);
    }
}
