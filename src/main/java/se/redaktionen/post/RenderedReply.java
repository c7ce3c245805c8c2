package se.redaktionen.post;

/** An answer exactly as the channel gets it, signature applied, counted the platform's way. */
public record RenderedReply(String text, int length, Integer limit) {

    public boolean overLimit() {
        return limit != null && length > limit;
    }
}
