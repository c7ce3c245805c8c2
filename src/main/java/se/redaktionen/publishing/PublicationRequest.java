package se.redaktionen.publishing;

/** One target channel of an approved post and exactly what it gets. */
public record PublicationRequest(long channelId, String title, String text, String link) {
}
