package se.redaktionen.post;

/** Renders an answer to the public with the answerer's signature, by the channel's rules. */
public interface ReplyTexts {

    RenderedReply render(long channelId, String text, long answererId);
}
