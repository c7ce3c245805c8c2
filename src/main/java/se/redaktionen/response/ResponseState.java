package se.redaktionen.response;

/**
 * {@code NEW → ASSIGNED → ANSWERED | NO_ACTION_NEEDED}; {@code HIDDEN} and {@code REMOVED} by
 * moderation. Open responses are the ones still waiting for someone.
 */
public enum ResponseState {
    NEW, ASSIGNED, ANSWERED, NO_ACTION_NEEDED, HIDDEN, REMOVED;

    public boolean open() {
        return this == NEW || this == ASSIGNED;
    }

    /** Hidden or removed by moderation: kept as the record, never answered. */
    public boolean moderated() {
        return this == HIDDEN || this == REMOVED;
    }
}
