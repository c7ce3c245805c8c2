package se.redaktionen.organisation;

/** What a channel's signature template may use of the person a post is sent as. */
public record SenderDetails(long id, String displayName, String firstName, String initials, String branchName,
                            String signature, java.util.List<String> privateHandles) {
}
