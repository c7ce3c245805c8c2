package se.redaktionen.response;

import java.time.Duration;

/**
 * A channel's responses over a period. {@code people} counts distinct public authors (by handle, else
 * name) of the responses that were not moderated away. {@code needingAnswer} leaves out those marked
 * no-action or moderated; {@code answeredInTime} of those got a first answer by their deadline.
 * {@code medianFirstAnswer} is in working time (only working days count), null without answers.
 */
public record ChannelResponseFigures(long channelId, long responses, long people, long needingAnswer,
                                     long answered, long answeredInTime, Duration medianFirstAnswer) {

    /** Share answered in time, 0–100, or null when nothing needed an answer. */
    public Double answeredInTimePercent() {
        return needingAnswer == 0 ? null : 100.0 * answeredInTime / needingAnswer;
    }
}
