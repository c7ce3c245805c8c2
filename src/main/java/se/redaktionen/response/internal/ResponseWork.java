package se.redaktionen.response.internal;

import java.time.Clock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.Refused;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.Inbound;
import se.redaktionen.platform.ModerationOutcome;
import se.redaktionen.platform.PlatformModeration;
import se.redaktionen.post.RenderedReply;
import se.redaktionen.post.ReplyTexts;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;
import se.redaktionen.response.ModerationReason;
import se.redaktionen.response.ResponseState;
import se.redaktionen.web.TrimmedText;

/**
 * What people do with a response, for the pages and the API alike. A refusal changes nothing. An
 * answer from Redaktionen is signed with the answerer's signature and goes out through the same
 * exactly-once outbox as posts.
 */
@Service
@Transactional
class ResponseWork {

    static final int MAX_ANSWER = 5000;
    static final int MAX_REASON = 1000;

    private final ResponseRepository responses;
    private final ResponseModerationRepository moderations;
    private final ResponseAccess access;
    private final Channels channels;
    private final People people;
    private final ReplyTexts replyTexts;
    private final Publications publications;
    private final Inbound inbound;
    private final PlatformModeration platformModeration;
    private final Clock clock;

    ResponseWork(ResponseRepository responses, ResponseModerationRepository moderations, ResponseAccess access,
                 Channels channels, People people, ReplyTexts replyTexts, Publications publications, Inbound inbound,
                 PlatformModeration platformModeration, Clock clock) {
        this.responses = responses;
        this.moderations = moderations;
        this.access = access;
        this.channels = channels;
        this.people = people;
        this.replyTexts = replyTexts;
        this.publications = publications;
        this.inbound = inbound;
        this.platformModeration = platformModeration;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Response visible(long id, StaffUser user) {
        return access.require(find(id), user);
    }

    /** What the answer would look like on the channel, signed, with its length and the channel's limit. */
    @Transactional(readOnly = true)
    RenderedReply preview(Response response, String text, StaffUser user) {
        return replyTexts.render(response.getChannelId(), text == null ? "" : text.strip(), user.getPersonId());
    }

    Response answer(long id, String text, StaffUser user) {
        Response response = access.require(find(id), user);
        refuseIfModerated(response);
        if (text == null || text.isBlank()) {
            throw Refused.unacceptable("response.answer.empty");
        }
        if (text.length() > MAX_ANSWER) {
            throw Refused.unacceptable("response.answer.tooLong", MAX_ANSWER);
        }
        ChannelSummary channel = channels.find(response.getChannelId()).orElseThrow();
        if (!answerableHere(response, channel)) {
            throw Refused.unacceptable("response.answer.notHere", channel.name());
        }
        RenderedReply reply = replyTexts.render(channel.id(), text.strip(), user.getPersonId());
        if (reply.overLimit()) {
            throw Refused.unacceptable("response.answer.overLimit", reply.length(), reply.limit(), channel.name());
        }
        String parent = response.getPublicationId() == null ? response.getInReplyTo()
                : publications.find(response.getPublicationId()).platformId();
        long publicationId = publications.scheduleReply(response.getId(), channel.id(), response.getPlatformId(),
                parent, reply.text());
        response.answer("REDAKTIONEN", reply.text(), publicationId, user.getPersonId(), clock.instant());
        return responses.saveAndFlush(response);
    }

    /**
     * An answer can go out from Redaktionen only on a connected channel (active, readable, credentials
     * stored) and to a response that came from that platform, not one logged by hand.
     */
    boolean answerableHere(Response response, ChannelSummary channel) {
        return channel.active() && response.getSource() == Response.Source.PLATFORM && inbound.ready(channel.id());
    }

    Response answeredElsewhere(long id, String note, StaffUser user) {
        Response response = access.require(find(id), user);
        refuseIfModerated(response);
        if (note != null && note.length() > MAX_ANSWER) {
            throw Refused.unacceptable("response.answer.tooLong", MAX_ANSWER);
        }
        response.answer("ELSEWHERE", TrimmedText.of(note), null,
                user.getPersonId(), clock.instant());
        return responses.saveAndFlush(response);
    }

    Response noActionNeeded(long id, StaffUser user) {
        Response response = access.require(find(id), user);
        refuseIfModerated(response);
        if (!response.getState().open()) {
            throw Refused.conflict("response.notOpen");
        }
        response.noActionNeeded(user.getPersonId(), clock.instant());
        return responses.saveAndFlush(response);
    }

    Response reassign(long id, long personId, StaffUser editor) {
        requireEditor(editor);
        Response response = find(id);
        if (!response.getState().open()) {
            throw Refused.conflict("response.notOpen");
        }
        PersonSummary person = people.findById(personId).filter(PersonSummary::active)
                .orElseThrow(() -> Refused.unacceptable("response.reassign.personInactive"));
        response.assign(person.id(), Response.RoutedTo.REASSIGNED, clock.instant());
        return responses.saveAndFlush(response);
    }

    /**
     * Hides or removes, keeping the record first: the full text and its metadata stay in Redaktionen
     * whatever the platform does. A removed response stays removed; hiding a hidden one is refused.
     */
    Response moderate(long id, boolean remove, ModerationReason reason, String reasonText, StaffUser editor) {
        requireEditor(editor);
        Response response = find(id);
        if (reason == null) {
            throw Refused.unacceptable("response.moderation.reasonRequired");
        }
        if (reason == ModerationReason.OTHER && (reasonText == null || reasonText.isBlank())) {
            throw Refused.unacceptable("response.moderation.otherNeedsText");
        }
        if (reasonText != null && reasonText.length() > MAX_REASON) {
            throw Refused.unacceptable("response.moderation.reasonTooLong", MAX_REASON);
        }
        if (response.getState() == ResponseState.REMOVED
                || (!remove && response.getState() == ResponseState.HIDDEN)) {
            throw Refused.unacceptable("response.moderation.already");
        }
        ModerationOutcome outcome = response.getSource() == Response.Source.PLATFORM
                ? (remove ? platformModeration.remove(response.getChannelId(), response.getPlatformId())
                        : platformModeration.hide(response.getChannelId(), response.getPlatformId()))
                : new ModerationOutcome(ModerationOutcome.Result.NOT_POSSIBLE, "NOT_FROM_PLATFORM", null);
        moderations.save(new ResponseModeration(response, remove ? "REMOVE" : "HIDE", reason,
                TrimmedText.of(reasonText), editor.getPersonId(),
                clock.instant(), outcome.result().name(), outcome.detail() != null ? outcome.detail()
                        : outcome.code()));
        response.moderate(remove ? ResponseState.REMOVED : ResponseState.HIDDEN, clock.instant());
        return responses.saveAndFlush(response);
    }

    @Transactional(readOnly = true)
    java.util.List<ResponseModeration> moderationRecord(long id) {
        return moderations.findByResponseIdOrderByActedAtAsc(id);
    }

    @Transactional(readOnly = true)
    PublicationView answerPublication(Response response) {
        return response.getAnswerPublicationId() == null ? null
                : publications.find(response.getAnswerPublicationId());
    }

    private Response find(long id) {
        return responses.findById(id).orElseThrow(() -> Refused.notFound("response.notFound"));
    }

    private static void refuseIfModerated(Response response) {
        if (response.getState().moderated()) {
            throw Refused.conflict("response.moderated");
        }
    }

    private static void requireEditor(StaffUser user) {
        if (!user.isAtLeastEditor()) {
            throw new AccessDeniedException("editors only");
        }
    }
}
