package se.redaktionen.guideline;

/** The machine checks that enforce guidelines on a post. */
public enum RuleKind {
    /** Swedish personal identity and coordination numbers, validated with the Luhn check. */
    PERSONAL_IDENTITY_NUMBER(Severity.BLOCK),
    /** E-mail addresses and phone numbers; the parameter lists the organisation's own e-mail domains. */
    PRIVATE_CONTACT_DETAILS(Severity.WARN),
    /** Words or phrases, one per line in the parameter; case-insensitive, whole words only. */
    BANNED_WORDS(Severity.WARN),
    /** Hashtags of several words must be written in CamelCase so screen readers can read them. */
    HASHTAG_CAMEL_CASE(Severity.WARN),
    /** Links must use https. */
    NON_HTTPS_LINK(Severity.WARN),
    /** Mentioning a colleague's registered private account in a work post. */
    PRIVATE_ACCOUNT_MENTION(Severity.WARN),
    /** A channel's text is longer than the channel takes, counted the platform's way. */
    MAX_LENGTH(Severity.BLOCK),
    /** A channel whose style requires a signature gets none. */
    SIGNATURE_REQUIRED(Severity.BLOCK),
    /** The sender's signature shows one of their registered private handles. */
    PRIVATE_HANDLE_IN_SIGNATURE(Severity.WARN),
    /** An image without alternative text, which a screen reader cannot describe. */
    IMAGE_ALT_TEXT(Severity.BLOCK);

    private final Severity defaultSeverity;

    RuleKind(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
