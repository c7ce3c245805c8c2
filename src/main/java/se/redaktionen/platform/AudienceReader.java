package se.redaktionen.platform;

/** A platform that reports an account's audience. */
public interface AudienceReader extends Capability {

    /** The audience as the platform reports it; {@code fans} is null where the platform has none. */
    record Audience(int followers, Integer fans) {
    }

    Audience audience(ChannelAccount account);
}
