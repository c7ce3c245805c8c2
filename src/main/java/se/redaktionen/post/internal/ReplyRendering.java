package se.redaktionen.post.internal;

import org.springframework.stereotype.Service;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.SenderDetails;
import se.redaktionen.post.RenderedReply;
import se.redaktionen.post.ReplyTexts;

/** Answers are signed and counted exactly like posts, so the same limits and signatures apply. */
@Service
class ReplyRendering implements ReplyTexts {

    private final Channels channels;
    private final People people;

    ReplyRendering(Channels channels, People people) {
        this.channels = channels;
        this.people = people;
    }

    @Override
    public RenderedReply render(long channelId, String text, long answererId) {
        ChannelSummary channel = channels.find(channelId).orElseThrow();
        SenderDetails answerer = people.senderDetails(answererId).orElseThrow();
        ChannelText rendered = ChannelRendering.render(channel, null, text, null, answerer);
        return new RenderedReply(rendered.getRenderedText(), rendered.getLength(),
                channel.rules().textLimit());
    }
}
