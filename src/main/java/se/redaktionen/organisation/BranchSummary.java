package se.redaktionen.organisation;

/** A branch as other modules see it. */
public record BranchSummary(long id, String name, boolean active) {
}
