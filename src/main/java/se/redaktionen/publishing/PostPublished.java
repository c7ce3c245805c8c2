package se.redaktionen.publishing;

/** Every publication of the post is finished and at least one reached its platform. */
public record PostPublished(long postId) {
}
