package se.redaktionen.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.api.internal.ApiToken;
import se.redaktionen.api.internal.ApiTokenRepository;

/**
 * Personal API tokens. A token is 32 random bytes; as it cannot be guessed, a plain SHA-256 hash is
 * enough to store it safely, and lets a request be matched with one indexed lookup.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "rdk_";

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The person the raw token belongs to, if it is known and not revoked. */
    @Transactional
    public Optional<Long> authenticate(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(PREFIX) || rawToken.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(rawToken))
                .filter(ApiToken::isActive)
                .map(token -> {
                    token.usedAt(clock.instant());
                    return token.getPersonId();
                });
    }

    /** Creates a token and returns it in the clear: the only time it can be seen. */
    @Transactional
    public String create(long personId, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new ApiToken(personId, name, hash(raw), raw.substring(0, 10), clock.instant()));
        return raw;
    }

    /** Revokes one of the person's own tokens; false when there is no such token of theirs. */
    @Transactional
    public boolean revoke(long personId, long tokenId) {
        return tokens.findById(tokenId)
                .filter(t -> t.getPersonId() == personId)
                .map(t -> {
                    t.revoke(clock.instant());
                    return true;
                })
                .orElse(false);
    }

    @Transactional(readOnly = true)
    List<ApiToken> of(long personId) {
        return tokens.findByPersonIdOrderByCreatedAtDesc(personId);
    }

    static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
