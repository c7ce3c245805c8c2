package se.redaktionen.channel;

import java.util.Locale;

import se.redaktionen.platform.ChannelKind;

/**
 * What a channel's audience figure counts: a blog's subscribers, every other platform's followers (on
 * a Facebook page its followers, with its fans — page likes — beside them where fetched). A practice
 * channel counts like the platform it practises.
 */
public enum AudienceUnit {
    FOLLOWERS, SUBSCRIBERS;

    /** For a channel that follows the rules of {@code rules} ({@link ChannelSummary#rules()}). */
    public static AudienceUnit of(ChannelKind rules) {
        return rules.countsSubscribers() ? SUBSCRIBERS : FOLLOWERS;
    }

    /** The unit in words, after a number: {@code audience.unit.followers}, {@code audience.unit.subscribers}. */
    public String messageKey() {
        return "audience.unit." + name().toLowerCase(Locale.ROOT);
    }
}
