package se.redaktionen.platform;

/** Why a platform call did not succeed, in terms an editor is told how to act on. */
public enum FailureCode {
    CREDENTIALS_MISSING, TOKEN_INVALID, PERMISSION_DENIED, DUPLICATE, REJECTED, NOT_FOUND, RATE_LIMITED,
    PLATFORM_UNAVAILABLE, PLATFORM_ERROR, NETWORK, TIMEOUT, CHANNEL_RETIRED, NO_API, LEASE_EXPIRED,
    UNEXPECTED_RESPONSE, UNEXPECTED,
    /** The credentials would have gone over plain http, which nobody confirmed for the channel. */
    PLAIN_HTTP
}
