package se.redaktionen.post;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A post's lifecycle. Only the moves listed here exist; everything else is refused.
 * {@code APPROVED} posts with a future time are scheduled; publishing moves them on.
 */
public enum PostState {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, PUBLISHED, REJECTED, WITHDRAWN;

    private static final Map<PostState, Set<PostState>> MOVES = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(CHANGES_REQUESTED, APPROVED, REJECTED, WITHDRAWN),
            CHANGES_REQUESTED, EnumSet.of(SUBMITTED, WITHDRAWN),
            APPROVED, EnumSet.of(PUBLISHED, WITHDRAWN),
            PUBLISHED, EnumSet.noneOf(PostState.class),
            REJECTED, EnumSet.noneOf(PostState.class),
            WITHDRAWN, EnumSet.noneOf(PostState.class));

    public boolean canMoveTo(PostState next) {
        return MOVES.get(this).contains(next);
    }

    /** Only drafts and posts sent back for changes can be edited, and only by their author. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
