package se.redaktionen.publishing.internal;

/** Where the platform put the post: its own id and the public address. */
record Published(String platformId, String url) {
}
