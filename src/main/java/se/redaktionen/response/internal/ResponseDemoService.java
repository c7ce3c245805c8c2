package se.redaktionen.response.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.post.ReplyTexts;
import se.redaktionen.response.ModerationReason;
import se.redaktionen.response.ResponseDemo;
import se.redaktionen.response.ResponseKind;
import se.redaktionen.response.ResponseState;

@Service
@Transactional
class ResponseDemoService implements ResponseDemo {

    private final ResponseRepository responses;
    private final ResponseModerationRepository moderations;
    private final ResponseRecorder recorder;
    private final Supervisions supervisions;
    private final ResponseDeadlines deadlines;
    private final WorkingDays workingDays;
    private final ReplyTexts replyTexts;
    private final Clock clock;
    private final ZoneId zone;

    ResponseDemoService(ResponseRepository responses, ResponseModerationRepository moderations,
                        ResponseRecorder recorder, Supervisions supervisions, ResponseDeadlines deadlines,
                        WorkingDays workingDays, ReplyTexts replyTexts, Clock clock, RedaktionenProperties properties) {
        this.responses = responses;
        this.moderations = moderations;
        this.recorder = recorder;
        this.supervisions = supervisions;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.replyTexts = replyTexts;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasResponses() {
        return responses.count() > 0;
    }

    @Override
    public Recorded record(long channelId, String platformId, ResponseKind kind, String inReplyTo,
                           String parentPlatformId, String authorName, String authorHandle, String text,
                           Instant receivedAt) {
        Response response = recorder.record(new ResponseRecorder.Incoming(channelId, platformId, kind, inReplyTo,
                parentPlatformId, authorName, authorHandle, text, receivedAt, Response.Source.PLATFORM, null))
                .response();
        return new Recorded(response.getId(), response.getAssigneeId());
    }

    @Override
    public void answered(long id, String text, long personId) {
        Response response = find(id);
        String signed = replyTexts.render(response.getChannelId(), text, personId).text();
        response.answer("REDAKTIONEN", signed, null, personId, clock.instant());
    }

    @Override
    public void answeredElsewhere(long id, String note, long personId) {
        find(id).answer("ELSEWHERE", note, null, personId, clock.instant());
    }

    @Override
    public void noActionNeeded(long id, long personId) {
        find(id).noActionNeeded(personId, clock.instant());
    }

    @Override
    public void leaveUnassigned(long id) {
        find(id).assign(null, Response.RoutedTo.NOBODY, clock.instant());
    }

    @Override
    public void moderated(long id, boolean remove, ModerationReason reason, String reasonText, long editorId,
                          String platformResult, String platformDetail) {
        Response response = find(id);
        moderations.save(new ResponseModeration(response, remove ? "REMOVE" : "HIDE", reason, reasonText, editorId,
                clock.instant(), platformResult, platformDetail));
        response.moderate(remove ? ResponseState.REMOVED : ResponseState.HIDDEN, clock.instant());
    }

    @Override
    public void supervised(long channelId, long personId, int openCount) {
        supervisions.record(channelId, personId, openCount);
    }

    @Override
    public Instant answerBy(Instant received) {
        return deadlines.answerBy(received);
    }

    @Override
    public Instant overdueIfReceivedBefore(Instant now) {
        return deadlines.overdueIfReceivedBefore(now);
    }

    @Override
    public Instant escalatedIfReceivedBefore(Instant now) {
        return deadlines.escalatedIfReceivedBefore(now);
    }

    @Override
    public Instant duringWorkingHours(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (workingDays.isWorkingDay(local.toLocalDate()) && !time.isBefore(LocalTime.of(8, 0))
                && time.isBefore(LocalTime.of(19, 0))) {
            return at;
        }
        LocalDate day = time.isBefore(LocalTime.of(8, 0)) && workingDays.isWorkingDay(local.toLocalDate())
                ? local.toLocalDate() : workingDays.nextWorkingDay(local.toLocalDate());
        return day.atTime(8, 5 + local.getMinute() % 50).atZone(zone).toInstant();
    }

    private Response find(long id) {
        return responses.findById(id).orElseThrow();
    }
}
