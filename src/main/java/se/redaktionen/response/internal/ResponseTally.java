package se.redaktionen.response.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.redaktionen.response.ChannelResponseFigures;
import se.redaktionen.response.ResponseState;

/**
 * One channel's responses over a period, counted row by row as {@link ChannelResponseFigures} defines
 * them. Apart from the query that feeds it, so the counting rules are checked without a database.
 */
final class ResponseTally {

    private final long channelId;
    private final WorkingDays workingDays;
    private final ResponseDeadlines deadlines;
    private long responses;
    private long needingAnswer;
    private long answered;
    private long answeredInTime;
    private final Set<String> people = new HashSet<>();
    private final List<Duration> firstAnswers = new ArrayList<>();

    ResponseTally(long channelId, WorkingDays workingDays, ResponseDeadlines deadlines) {
        this.channelId = channelId;
        this.workingDays = workingDays;
        this.deadlines = deadlines;
    }

    /** One response: {@code author} its lower-cased handle or name ("" for none), {@code firstAnswer} null if none. */
    void count(Instant received, Instant firstAnswer, ResponseState state, String author) {
        responses++;
        boolean moderated = state.moderated();
        if (!moderated && !author.isEmpty()) {
            people.add(author);
        }
        if (!moderated && state != ResponseState.NO_ACTION_NEEDED) {
            needingAnswer++;
            if (firstAnswer != null) {
                answered++;
                firstAnswers.add(workingDays.workingTimeBetween(received, firstAnswer));
                if (deadlines.answeredInTime(received, firstAnswer)) {
                    answeredInTime++;
                }
            }
        }
    }

    ChannelResponseFigures figures() {
        return new ChannelResponseFigures(channelId, responses, people.size(), needingAnswer, answered,
                answeredInTime, median(firstAnswers));
    }

    private static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
