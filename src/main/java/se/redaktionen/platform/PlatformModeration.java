package se.redaktionen.platform;

/** Hides or removes a response on its platform, where the platform's API allows it. */
public interface PlatformModeration {

    ModerationOutcome hide(long channelId, String platformId);

    ModerationOutcome remove(long channelId, String platformId);
}
