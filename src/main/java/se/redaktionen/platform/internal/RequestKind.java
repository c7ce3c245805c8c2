package se.redaktionen.platform.internal;

import se.redaktionen.platform.PlatformFailure;

/**
 * What sending a request again would do, which decides what an answer that may have been lost means.
 * Every platform call says which it is.
 */
public enum RequestKind {

    /**
     * Makes something new on the platform (a post, a reply, a comment): sent twice, it is there twice.
     * When the platform may have acted but its answer did not arrive, the outcome is UNCERTAIN and is
     * reconciled with the platform before anything is sent again.
     */
    CREATING,

    /**
     * Reads, or changes something to a state that sending it again leaves as it is (hide, delete, a
     * status): an answer that did not arrive is simply retried.
     */
    IDEMPOTENT;

    /** A lost or unreadable answer: the platform may or may not have acted on the request. */
    public PlatformFailure.Kind ifAnswerLost() {
        return this == CREATING ? PlatformFailure.Kind.UNCERTAIN : PlatformFailure.Kind.RETRY;
    }
}
