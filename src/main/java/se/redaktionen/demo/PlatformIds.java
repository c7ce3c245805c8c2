package se.redaktionen.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import se.redaktionen.platform.ChannelKind;
import se.redaktionen.response.ResponseKind;

/** Platform ids in each platform's own shape, unique per channel, drawn from the seeded random. */
final class PlatformIds {

    private static final long TWITTER_EPOCH = 1_288_834_974_657L;

    private final Random random;
    private final Map<Long, Set<String>> used = new HashMap<>();
    private final Map<Long, Long> blogComments = new HashMap<>();

    PlatformIds(Random random) {
        this.random = random;
    }

    /** A published post's id on its platform and its address there. */
    record PlatformPost(String id, String url) {
    }

    /** A tweet's id (a snowflake: its time and a sequence) and its address. */
    static PlatformPost tweet(Instant at, Random random, String handle) {
        long id = snowflake(at, random);
        return new PlatformPost(Long.toString(id),
                "https://x.com/" + (handle == null ? "i" : handle.replace("@", "")) + "/status/" + id);
    }

    private static long snowflake(Instant at, Random random) {
        return ((at.toEpochMilli() - TWITTER_EPOCH) << 22) | random.nextInt(1 << 22);
    }

    /** A comment or reply under a published post. */
    String next(PublishedPost pub, Instant at) {
        if (pub.kind() == ChannelKind.FACEBOOK_PAGE) {
            String post = pub.platformId().substring(pub.platformId().indexOf('_') + 1);
            return unique(pub.channelId(), () -> post + "_" + (1_000_000_000_000_000L
                    + (long) (random.nextDouble() * 8_999_999_999_999_999L)));
        }
        return next(pub.channelId(), pub.kind(), ResponseKind.COMMENT, at);
    }

    String next(long channelId, ChannelKind kind, ResponseKind responseKind, Instant at) {
        return switch (kind) {
            case FACEBOOK_PAGE -> unique(channelId, () -> responseKind == ResponseKind.MESSAGE
                    ? "m_" + Long.toString(Math.abs(random.nextLong()), 36) + Long.toString(
                            Math.abs(random.nextLong()), 36)
                    : Long.toString(1_000_000_000_000_000L + (long) (random.nextDouble() * 8_999_999_999_999_999L)));
            case TWITTER -> unique(channelId, () -> Long.toString(snowflake(at, random)));
            default -> unique(channelId, () -> Long.toString(blogComments.merge(channelId,
                    18_000L + 1_000L * blogComments.size(), (a, b) -> a + 1 + random.nextInt(3))));
        };
    }

    private String unique(long channelId, Supplier<String> id) {
        Set<String> taken = used.computeIfAbsent(channelId, c -> new HashSet<>());
        String candidate = id.get();
        while (!taken.add(candidate)) {
            candidate = id.get();
        }
        return candidate;
    }
}
