package se.redaktionen.post.internal;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.organisation.SenderDetails;

/**
 * The text exactly as a channel gets it — the link appended, the sender's signature applied — and its
 * length counted the way of the platform whose rules it follows ({@code ChannelKind#length}).
 */
final class ChannelRendering {

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
        return new ChannelText(channel.id(), rendered, channel.rules().length(title, rendered));
    }

    static String signature(String template, SenderDetails sender) {
        return template.replace("{firstName}", sender.firstName())
                .replace("{fullName}", sender.displayName())
                .replace("{initials}", sender.initials())
                .replace("{branch}", sender.branchName())
                .replace("{signature}", sender.signature());
    }
}
