package se.redaktionen.guideline;

/**
 * The machine checks that enforce guidelines on a post's text. Checks that need a channel
 * (length, signature) or images arrive with posts.
 */
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
    PRIVATE_ACCOUNT_MENTION(Severity.WARN);

    private final Severity defaultSeverity;

    RuleKind(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
