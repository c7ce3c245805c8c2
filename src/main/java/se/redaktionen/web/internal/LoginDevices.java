package se.redaktionen.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Device cookies, after OWASP's "Slow down online guessing attacks with device cookies": a successful login
 * gives the browser a random token bound to the username, and with it that person is exempt from the locks
 * anyone can trigger with a wrong password. Failures with a device token count against the token only, and the
 * {@link LoginThrottle#MAX_FAILURES}-th since its last successful login revokes it. Tokens are 32 random bytes,
 * so a plain SHA-256 is enough to store them: the database never holds one that would work as a cookie.
 */
@Service
class LoginDevices {

    static final Duration LIFETIME = Duration.ofDays(365);

    private final LoginDeviceRepository devices;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginDevices(LoginDeviceRepository devices, TransactionTemplate tx, Clock clock) {
        this.devices = devices;
        this.tx = tx;
        this.clock = clock;
    }

    /** The hash of the presented device token that is the username's and has not expired, if any. */
    Optional<String> trusted(String username, List<String> tokenHashes) {
        return valid(tokenHashes).stream()
                .filter(device -> device.getUsername().equals(username))
                .map(LoginDevice::getTokenHash)
                .findFirst();
    }

    /** Of the presented token hashes, those of devices that still exist and have not expired. */
    Set<String> stillValid(List<String> tokenHashes) {
        return valid(tokenHashes).stream().map(LoginDevice::getTokenHash).collect(Collectors.toSet());
    }

    void recordFailure(String tokenHash) {
        tx.executeWithoutResult(status -> {
            devices.countFailure(tokenHash);
            devices.revokeIfFailed(tokenHash, LoginThrottle.MAX_FAILURES);
        });
    }

    /**
     * A fresh token for the username, replacing those of theirs the browser presented; returns it in the clear,
     * the only time it exists outside the cookie. Expired devices of anyone are cleared on the way.
     */
    String issue(String username, List<String> presentedHashes) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            if (!presentedHashes.isEmpty()) {
                devices.deleteOwn(username, presentedHashes);
            }
            devices.deleteExpired(now.minus(LIFETIME));
            devices.save(new LoginDevice(hash(token), username, now));
        });
        return token;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private List<LoginDevice> valid(List<String> tokenHashes) {
        if (tokenHashes.isEmpty()) {
            return List.of();
        }
        return devices.findByTokenHashInAndCreatedAtAfter(tokenHashes, clock.instant().minus(LIFETIME));
    }
}
