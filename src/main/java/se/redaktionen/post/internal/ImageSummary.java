package se.redaktionen.post.internal;

/** An image's description without its bytes, for lists and checks. */
public record ImageSummary(long id, String fileName, String altText, String contentType, int sizeBytes) {

    public boolean hasAltText() {
        return altText != null;
    }
}
