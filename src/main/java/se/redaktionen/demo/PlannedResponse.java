package se.redaktionen.demo;

import java.time.Instant;

import se.redaktionen.platform.ChannelKind;
import se.redaktionen.response.ResponseKind;

/** One response of the demo's history: what arrives, from whom, and what became of it. */
final class PlannedResponse {

    enum Topic { CHILDREN, EVENT, HOURS, BOOKS, SERVICE }

    enum Mood { QUESTION, PRAISE, COMPLAINT, FOLLOW_UP, SPAM }

    enum Outcome { OPEN, ANSWERED, NO_ACTION, HIDDEN, REMOVED }

    /** Someone from the public: a name everywhere, a handle on X. */
    record Member(String name, String handle) {
    }

    PublishedPost pub;
    long channelId;
    ChannelKind channelKind;
    String platformId;
    ResponseKind kind;
    String inReplyTo;
    String parent;
    Member who;
    ResponseLines.Line line;
    Mood mood;
    Instant received;
    Outcome outcome = Outcome.OPEN;
    Instant closedAt;
    boolean elsewhere;
    boolean unassigned;
    boolean planted;
    String moderationNote;
    Long id;
    Long assigneeId;

    boolean openAt(Instant moment) {
        return !received.isAfter(moment) && (closedAt == null || closedAt.isAfter(moment));
    }
}
