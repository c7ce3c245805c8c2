package se.redaktionen.web.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a username for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} failed logins. Kept in the
 * database so that every application node sees the same count. Unknown usernames are counted too, so
 * the lock reveals nothing about which usernames exist.
 */
@Service
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final LoginThrottleRepository entries;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository entries, TransactionTemplate tx, Clock clock) {
        this.entries = entries;
        this.tx = tx;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        return entries.findById(username).map(e -> e.lockedAt(clock.instant())).orElse(false);
    }

    void recordFailure(String username) {
        try {
            tx.executeWithoutResult(status -> fail(username));
        } catch (DataIntegrityViolationException concurrentFirstFailure) {
            tx.executeWithoutResult(status -> fail(username));
        }
    }

    void recordSuccess(String username) {
        tx.executeWithoutResult(status -> entries.deleteById(username));
    }

    private void fail(String username) {
        LoginThrottleEntry entry = entries.findForUpdate(username).orElseGet(() -> new LoginThrottleEntry(username));
        entry.fail(clock.instant(), MAX_FAILURES, LOCK_DURATION);
        entries.saveAndFlush(entry);
    }
}
