package se.redaktionen.channel.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.AudienceSource;
import se.redaktionen.channel.Audiences;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.platform.AudienceReader;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Platforms;

/**
 * The daily audience fetch: asks the platforms that report an audience (X and Facebook) for that of
 * every active account and records it as the day's figure through the channel module. One channel's
 * failure is logged (its code, never a credential or the platform's text) and recorded for its page;
 * the others are fetched all the same. Two instances fetching on the same day leave one figure per
 * channel: recording replaces the day's.
 */
@Component
class AudienceFetcher {

    private static final Logger log = LoggerFactory.getLogger(AudienceFetcher.class);

    private final Channels channels;
    private final Audiences audiences;
    private final Platforms platforms;
    private final Clock clock;
    private final RedaktionenProperties properties;

    AudienceFetcher(Channels channels, Audiences audiences, Platforms platforms, Clock clock,
                    RedaktionenProperties properties) {
        this.channels = channels;
        this.audiences = audiences;
        this.platforms = platforms;
        this.clock = clock;
        this.properties = properties;
    }

    /** Fetches every active account on such a platform for today (Stockholm); returns how many worked. */
    int fetchAll() {
        return fetch(fetchable(), LocalDate.now(clock.withZone(properties.timeZone())));
    }

    /** The channels the daily fetch asks: active, on a platform that reports the audience (X, Facebook). */
    List<Long> fetchable() {
        return channels.active().stream().filter(c -> platforms.withAudience().contains(c.kind()))
                .map(ChannelSummary::id).toList();
    }

    int fetch(List<Long> channelIds, LocalDate day) {
        int fetched = 0;
        for (long id : channelIds) {
            if (fetchOne(id, day)) {
                fetched++;
            }
        }
        return fetched;
    }

    private boolean fetchOne(long channelId, LocalDate day) {
        try {
            ChannelAccount account = channels.account(channelId).orElse(null);
            if (account == null) {
                return false;
            }
            AudienceReader.Audience audience = platforms.audienceReader(account.kind()).audience(account);
            audiences.record(channelId, day, audience.followers(), audience.fans(), AudienceSource.PLATFORM, null);
            return true;
        } catch (PlatformFailure failure) {
            log.warn("Audience of channel {} could not be fetched: {}{}", channelId, failure.code(),
                    failure.httpStatus() == null ? "" : " (HTTP " + failure.httpStatus() + ")");
            // Missing credentials and platforms without an API carry our own note, not the platform's words.
            boolean platformSpoke = failure.code() != FailureCode.CREDENTIALS_MISSING
                    && failure.code() != FailureCode.NO_API;
            failed(channelId, failure.code().name(), platformSpoke ? failure.detail() : null);
        } catch (RuntimeException e) {
            // Only the type: an unexpected message might quote a request, and requests carry tokens.
            log.error("Audience of channel {} could not be fetched: unexpected {}", channelId, e.getClass().getName());
            failed(channelId, FailureCode.UNEXPECTED.name(), e.getClass().getSimpleName());
        }
        return false;
    }

    private void failed(long channelId, String code, String detail) {
        try {
            audiences.recordFetchFailure(channelId, code, detail);
        } catch (RuntimeException e) {
            log.error("The failed audience fetch of channel {} could not be recorded: {}", channelId,
                    e.getClass().getName());
        }
    }
}
