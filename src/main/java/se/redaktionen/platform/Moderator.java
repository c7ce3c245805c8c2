package se.redaktionen.platform;

/** Hides or removes a response on its platform. */
public interface Moderator extends Capability {

    /** Hides ({@code remove} false) or removes a response on the platform; NO_API where it cannot. */
    void moderate(ChannelAccount account, String platformId, boolean remove);
}
