package se.redaktionen.channel;

/** Where an audience figure comes from: the platform's API (the daily fetch) or a person who counted. */
public enum AudienceSource {
    PLATFORM, MANUAL
}
