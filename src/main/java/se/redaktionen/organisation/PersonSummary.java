package se.redaktionen.organisation;

/** What other modules may know about a person. */
public record PersonSummary(long id, String username, String displayName, String branchName, Role role,
                            boolean active) {
}
