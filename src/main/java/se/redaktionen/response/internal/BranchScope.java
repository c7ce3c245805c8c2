package se.redaktionen.response.internal;

import java.util.Collection;
import java.util.List;

/**
 * Whose responses a staff member's branch holds: those assigned to its people and those on its
 * channels. Resolved once by {@link ResponseAccess#branchScope} and read by every list that shows
 * "mine and my branch's", so that the inbox's branch tab and the API's staff list are the same rule.
 */
record BranchScope(Collection<Long> people, Collection<Long> channels) {

    /** A person without a branch shares no responses with anyone. */
    static final BranchScope NONE = new BranchScope(List.of(), List.of());
}
