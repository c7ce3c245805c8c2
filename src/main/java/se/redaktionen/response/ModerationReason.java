package se.redaktionen.response;

/**
 * Why a response was hidden or removed: the grounds of the law on electronic bulletin boards
 * (1998:112) and the municipality's rules. {@code OTHER} needs a text.
 */
public enum ModerationReason {
    HATE_SPEECH, UNLAWFUL_THREAT, PRIVACY_VIOLATION, SENSITIVE_PERSONAL_DATA, SPAM, OFF_TOPIC, OTHER
}
