package se.redaktionen.post.internal;

import com.twitter.twittertext.TwitterTextParser;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.organisation.SenderDetails;
import se.redaktionen.platform.ChannelKind;

/**
 * The text exactly as a channel gets it — the link appended, the sender's signature applied — and its
 * length counted that platform's way: X's weighted length (twitter-text: URLs count 23), Facebook's
 * characters, a blog's title plus body.
 */
final class ChannelRendering {

    static final int TWITTER_LIMIT = 280;
    static final int FACEBOOK_LIMIT = 63_206;

    private ChannelRendering() {
    }

    static ChannelText render(ChannelSummary channel, String title, String body, String link, SenderDetails sender) {
        StringBuilder text = new StringBuilder(body == null ? "" : body.strip());
        if (link != null && !link.isBlank() && !text.toString().contains(link.strip())) {
            text.append(text.isEmpty() ? "" : "\n\n").append(link.strip());
        }
        if (channel.signatureTemplate() != null) {
            text.append(signature(channel.signatureTemplate(), sender));
        }
        String rendered = text.toString();
        return new ChannelText(channel.id(), rendered, length(channel.rules(), title, rendered));
    }

    /** The most the channel takes, or null where it sets no limit. */
    static Integer limit(ChannelKind kind) {
        return switch (kind) {
            case TWITTER -> TWITTER_LIMIT;
            case FACEBOOK_PAGE -> FACEBOOK_LIMIT;
            case WORDPRESS_BLOG, SANDBOX, MANUAL -> null;
        };
    }

    static String signature(String template, SenderDetails sender) {
        return template.replace("{firstName}", sender.firstName())
                .replace("{fullName}", sender.displayName())
                .replace("{initials}", sender.initials())
                .replace("{branch}", sender.branchName())
                .replace("{signature}", sender.signature());
    }

    private static int length(ChannelKind kind, String title, String text) {
        return switch (kind) {
            case TWITTER -> TwitterTextParser.parseTweet(text).weightedLength;
            case WORDPRESS_BLOG -> codePoints(title) + codePoints(text);
            case FACEBOOK_PAGE, SANDBOX, MANUAL -> codePoints(text);
        };
    }

    private static int codePoints(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
