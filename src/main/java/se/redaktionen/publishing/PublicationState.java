package se.redaktionen.publishing;

/**
 * Where one post stands on one channel. {@code UNCERTAIN}: a call whose outcome is unknown (a crash,
 * a lost response); it is reconciled with the platform before anything is sent again. {@code FAILED}
 * only when the platform surely does not have it, so retrying or withdrawing a failed one is safe.
 */
public enum PublicationState {
    PENDING, IN_FLIGHT, PUBLISHED, FAILED, UNCERTAIN, CANCELLED;

    /** Finished rows need nothing more; a post is published when all its rows are finished and one is published. */
    public boolean finished() {
        return this == PUBLISHED || this == CANCELLED;
    }
}
