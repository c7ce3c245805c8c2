package se.redaktionen.guideline;

import java.util.List;

/**
 * What the rules look at: the post's whole text, the text each channel gets, the sender's signature
 * and registered private handles (for the private-accounts policy), and its images lacking alt text.
 */
public record CheckedPost(String text, List<ChannelText> channels, String senderSignature,
                          List<String> senderPrivateHandles, List<String> imagesWithoutAltText) {

    /** One channel's text as counted, and whether the channel's style requires a signature. */
    public record ChannelText(String channel, int length, Integer limit, boolean signatureRequired,
                              String signature) {
    }

    /** A text on its own, outside any post: the channel rules have nothing to look at. */
    public static CheckedPost ofText(String text) {
        return new CheckedPost(text, List.of(), null, List.of(), List.of());
    }
}
