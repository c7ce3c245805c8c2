package se.redaktionen.response;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * What the zero-setup demo needs from the response module and nothing else does: half a year of responses
 * recorded and routed as live ones are, then dealt with through the response's own state machine at the
 * clock's time — answered (no reply is sent: the demo's channels are not connected), marked as needing no
 * answer, moderated with their record — and channels gone through. The deadlines are the module's own.
 * Only the {@code demo} module calls it.
 */
@NamedInterface("demo")
public interface ResponseDemo {

    /** A recorded response's id and whom it was routed to. */
    record Recorded(long id, Long assigneeId) {
    }

    boolean hasResponses();

    /** Arrives from the platform, logged and routed at the clock's time. */
    Recorded record(long channelId, String platformId, ResponseKind kind, String inReplyTo, String parentPlatformId,
                    String authorName, String authorHandle, String text, Instant receivedAt);

    /** Answered from Redaktionen with {@code text}, signed for the channel by {@code personId}. */
    void answered(long id, String text, long personId);

    /** Answered elsewhere (a message, a call, the desk), with an optional note. */
    void answeredElsewhere(long id, String note, long personId);

    void noActionNeeded(long id, long personId);

    /** Came in while nobody was on duty for the channel: the editors hand it out. */
    void leaveUnassigned(long id);

    /** Hidden or removed by {@code editorId}, with what the platform did. */
    void moderated(long id, boolean remove, ModerationReason reason, String reasonText, long editorId,
                   String platformResult, String platformDetail);

    /** The channel gone through by {@code personId}, with {@code openCount} responses open then. */
    void supervised(long channelId, long personId, int openCount);

    /** When a response received then must be answered. */
    Instant answerBy(Instant received);

    /** Open responses received before this are overdue now. */
    Instant overdueIfReceivedBefore(Instant now);

    /** Open responses received before this are escalated to the editors now. */
    Instant escalatedIfReceivedBefore(Instant now);

    /** The same moment if it falls on a working day between 8 and 19 o'clock, else the next such morning. */
    Instant duringWorkingHours(Instant at);
}
