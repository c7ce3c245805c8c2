package se.redaktionen.channel;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

import se.redaktionen.platform.ChannelKind;

/**
 * What the zero-setup demo needs from the channel module and nothing else does: channels created without an
 * admin at the keyboard, and audience history recorded at the clock's time without touching the fetch status
 * (the demo's channels are never fetched). Only the {@code demo} module calls it.
 */
@NamedInterface("demo")
public interface ChannelDemo {

    /** A channel to seed, its responsible person and deputy, and the day it started. */
    record NewChannel(String name, ChannelKind kind, String signature, String handle, String purpose,
                      long responsibleId, long deputyId, LocalDate started) {
    }

    boolean hasChannels();

    /** Returns the new channel's id. */
    long add(NewChannel channel);

    /** A sandbox that follows the rules of a real kind of platform. */
    void practiseAs(long channelId, ChannelKind kind);

    void retire(long channelId, LocalDate on, String reason);

    boolean hasAudience();

    /** A day's figure, as recorded at the clock's time. */
    void recordAudience(long channelId, LocalDate countedOn, int followers, Integer fans, AudienceSource source,
                        Long recordedBy);
}
