package se.redaktionen.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import se.redaktionen.demo.PlannedResponse.Mood;
import se.redaktionen.demo.PlannedResponse.Outcome;
import se.redaktionen.response.ResponseDemo;
import se.redaktionen.response.ResponseKind;

/**
 * What became of each response: older ones were dealt with — praise mostly marked as needing no answer, the
 * rest answered, about one in six after the working day promised — and of the last two weeks' some are still
 * open, a few of them overdue or escalated. About one in five answered from Redaktionen thank for the answer.
 * The deadlines and working hours are the response module's own.
 */
final class ResponseOutcomes {

    private final ResponseDemo responses;
    private final ResponseLines lines;
    private final Instant now;
    private final Random random;

    ResponseOutcomes(ResponseDemo responses, ResponseLines lines, Instant now, Random random) {
        this.responses = responses;
        this.lines = lines;
        this.now = now;
        this.random = random;
    }

    void decide(List<PlannedResponse> plan) {
        Instant recent = now.minus(Duration.ofDays(ResponseSeed.RECENT_DAYS));
        for (PlannedResponse p : plan) {
            if (p.mood == Mood.SPAM || p.unassigned || p.planted) {
                continue;
            }
            if (p.mood == Mood.PRAISE && random.nextDouble() < 0.7) {
                p.outcome = Outcome.NO_ACTION;
                p.closedAt = responses.duringWorkingHours(
                        p.received.plus(Duration.ofMinutes(20 + random.nextInt(600))));
            } else {
                p.outcome = Outcome.ANSWERED;
                boolean late = p.mood != Mood.PRAISE && random.nextDouble() < 0.17;
                p.closedAt = late ? lateAnswer(p.received) : answerInTime(p.received);
                p.elsewhere = p.kind == ResponseKind.MESSAGE || random.nextDouble() < 0.18;
            }
            double leftOpen = p.received.isAfter(now.minus(Duration.ofHours(30))) ? 0.75
                    : p.received.isAfter(recent) ? 0.25 : 0;
            if (p.closedAt.isAfter(now) || (p.outcome == Outcome.ANSWERED && random.nextDouble() < leftOpen)) {
                p.outcome = Outcome.OPEN;
                p.closedAt = null;
            }
        }
        // A few late ones must be there to show: some overdue, some escalated to the editors.
        Instant overdue = responses.overdueIfReceivedBefore(now);
        Instant escalated = responses.escalatedIfReceivedBefore(now);
        keepOpen(plan, p -> !p.received.isBefore(escalated) && p.received.isBefore(overdue), 2);
        keepOpen(plan, p -> p.received.isBefore(escalated) && p.received.isAfter(recent), 3);
    }

    private void keepOpen(List<PlannedResponse> plan, Predicate<PlannedResponse> window, int wanted) {
        long open = plan.stream().filter(p -> p.outcome == Outcome.OPEN && window.test(p)).count();
        List<PlannedResponse> candidates = new ArrayList<>(plan.stream().filter(p -> p.outcome == Outcome.ANSWERED
                && !p.planted && p.mood != Mood.PRAISE && window.test(p)).toList());
        Collections.shuffle(candidates, random);
        for (int i = 0; i < wanted - open && i < candidates.size(); i++) {
            candidates.get(i).outcome = Outcome.OPEN;
            candidates.get(i).closedAt = null;
        }
    }

    /** Thanks for answers given from Redaktionen; mostly they need no answer back. */
    List<PlannedResponse> followUps(List<PlannedResponse> plan, PlatformIds ids) {
        List<PlannedResponse> more = new ArrayList<>();
        List<ResponseLines.Line> followUps = lines.group("FOLLOW_UPS");
        for (PlannedResponse p : plan) {
            if (p.pub == null || p.outcome != Outcome.ANSWERED || p.elsewhere || p.mood == Mood.PRAISE
                    || random.nextDouble() >= 0.22) {
                continue;
            }
            PlannedResponse f = new PlannedResponse();
            f.pub = p.pub;
            f.channelId = p.channelId;
            f.channelKind = p.channelKind;
            f.kind = ResponseKind.REPLY;
            f.inReplyTo = p.platformId;
            f.parent = p.pub.platformId();
            f.who = p.who;
            f.mood = Mood.FOLLOW_UP;
            f.line = followUps.get(random.nextInt(followUps.size()));
            f.received = p.closedAt.plus(Duration.ofMinutes(5 + random.nextInt(300)));
            if (f.received.isAfter(now.minus(Duration.ofMinutes(2)))) {
                continue;
            }
            f.platformId = ids.next(p.pub, f.received);
            boolean needsAnswer = f.line.text().endsWith("?");
            f.outcome = needsAnswer ? Outcome.ANSWERED : Outcome.NO_ACTION;
            f.closedAt = needsAnswer ? answerInTime(f.received)
                    : responses.duringWorkingHours(f.received.plus(Duration.ofMinutes(10 + random.nextInt(480))));
            if (f.closedAt.isAfter(now)) {
                f.outcome = Outcome.OPEN;
                f.closedAt = null;
            }
            more.add(f);
        }
        return more;
    }

    /** Answered by the deadline: mostly within a few hours, now and then the next working day. */
    private Instant answerInTime(Instant received) {
        Instant due = responses.answerBy(received).minus(Duration.ofMinutes(5));
        double r = random.nextDouble();
        long span = Math.max(20, Duration.between(received, due).toMinutes());
        long minutes = r < 0.6 ? 15 + random.nextInt(165) : r < 0.85 ? 180 + random.nextInt(540)
                : (long) (span * (0.5 + 0.5 * random.nextDouble()));
        Instant answer = received.plus(Duration.ofMinutes(Math.min(minutes, span)));
        Instant shifted = responses.duringWorkingHours(answer);
        return shifted.isAfter(due) ? (answer.isAfter(due) ? due : answer) : shifted;
    }

    /** Answered after the deadline: from an hour to about two working days too late. */
    private Instant lateAnswer(Instant received) {
        Instant due = responses.answerBy(received);
        return responses.duringWorkingHours(due.plus(Duration.ofMinutes(60 + random.nextInt(60 * 40))));
    }
}
