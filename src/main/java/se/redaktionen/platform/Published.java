package se.redaktionen.platform;

/** Where the platform put the post: its own id and the public address. */
public record Published(String platformId, String url) {
}
