package se.redaktionen.post;

/** A post as other modules refer to it: what to call it and who sent it. */
public record PostReference(long id, String title, String excerpt, long senderId, long authorId) {
}
