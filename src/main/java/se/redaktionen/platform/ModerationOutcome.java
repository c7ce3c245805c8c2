package se.redaktionen.platform;

/**
 * What the platform did with a hide or remove: {@code DONE}; {@code NOT_POSSIBLE} where the platform
 * offers no such action (the record is kept in Redaktionen all the same); {@code FAILED} with the reason.
 */
public record ModerationOutcome(Result result, String code, String detail) {

    public enum Result { DONE, NOT_POSSIBLE, FAILED }
}
