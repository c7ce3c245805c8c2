package se.redaktionen.post.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.Refused;
import se.redaktionen.guideline.Guidelines;
import se.redaktionen.guideline.PendingAcknowledgement;
import se.redaktionen.guideline.RuleChecks;
import se.redaktionen.guideline.Violation;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostState;
import se.redaktionen.publishing.PostPublished;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.Publications;
import se.redaktionen.web.TrimmedText;

/**
 * Every move of a post, for the pages and the API alike: who may make it, what is checked first,
 * and the record of it. A refusal changes nothing.
 */
@Service
@Transactional
class PostWorkflow {

    private final PostRepository posts;
    private final PostTransitionRepository transitions;
    private final WarningAcknowledgementRepository warningAcknowledgements;
    private final PostWriting writing;
    private final Guidelines guidelines;
    private final RuleChecks checks;
    private final Publications publications;
    private final Clock clock;

    PostWorkflow(PostRepository posts, PostTransitionRepository transitions,
                 WarningAcknowledgementRepository warningAcknowledgements, PostWriting writing, Guidelines guidelines,
                 RuleChecks checks, Publications publications, Clock clock) {
        this.posts = posts;
        this.transitions = transitions;
        this.warningAcknowledgements = warningAcknowledgements;
        this.writing = writing;
        this.guidelines = guidelines;
        this.checks = checks;
        this.publications = publications;
        this.clock = clock;
    }

    /** Saves a draft the caller has validated; the sender is checked there. */
    Post saveDraft(Post post, PostForm form, StaffUser user, List<ChannelPreview> previews) {
        writing.write(post, form, user, previews);
        return posts.save(post);
    }

    /**
     * Submitting runs everything again on the saved text: the author's guideline acknowledgements,
     * the channels, their limits, the BLOCK rules and the time.
     */
    Post submit(long id, StaffUser user) {
        Post post = authored(id, user);
        if (!post.getState().editable()) {
            throw PostRefused.conflict("post.notEditable");
        }
        List<PendingAcknowledgement> pending = guidelines.pendingFor(user.getPersonId());
        if (!pending.isEmpty()) {
            throw PostRefused.unacceptable("post.submit.guidelinesPending", pending, List.of());
        }
        List<ChannelPreview> previews = writing.rerender(post, user);
        if (post.getChannels().isEmpty() || previews.size() != post.getChannels().size()
                || previews.stream().anyMatch(p -> !p.channel().active())) {
            throw PostRefused.unacceptable("post.submit.channelUnavailable");
        }
        if (previews.stream().anyMatch(ChannelPreview::overLimit)) {
            throw PostRefused.unacceptable("post.submit.overLimit");
        }
        List<Violation> blocks = checks.check(writing.checkedPost(post)).stream().filter(Violation::blocks).toList();
        if (!blocks.isEmpty()) {
            throw PostRefused.unacceptable("post.submit.blocked", List.of(), blocks);
        }
        if (post.getScheduledAt() != null && post.getScheduledAt().isBefore(clock.instant())) {
            throw PostRefused.unacceptable("post.submit.timeInPast");
        }
        return move(post, PostState.SUBMITTED, user, null);
    }

    /** An approved post can be withdrawn only while no platform may have it yet. */
    Post withdraw(long id, StaffUser user) {
        Post post = authored(id, user);
        if (post.getState() == PostState.APPROVED) {
            try {
                publications.cancelForWithdrawal(id);
            } catch (Refused refused) {
                throw PostRefused.unacceptable(refused.getMessageKey());
            }
        }
        return move(post, PostState.WITHDRAWN, user, null);
    }

    /**
     * Four eyes: another editor than the author or sender approves. Every WARN finding must be
     * acknowledged, and each acknowledgement is recorded. The version guards against two editors
     * acting at once: exactly one of them wins.
     */
    Post approve(long id, Long version, Instant scheduledAt, List<String> acknowledgedWarnings, String comment,
                 StaffUser editor) {
        Post post = reviewable(id, version, editor);
        List<Violation> findings = checks.check(writing.checkedPost(post));
        List<Violation> blocks = findings.stream().filter(Violation::blocks).toList();
        if (!blocks.isEmpty()) {
            throw PostRefused.unacceptable("post.approve.blocked", List.of(), blocks);
        }
        List<Violation> warnings = findings.stream().filter(v -> !v.blocks()).toList();
        if (!acknowledgedWarnings.containsAll(warnings.stream().map(PostWorkflow::warningKey).toList())) {
            throw PostRefused.unacceptable("post.approve.warningsUnacknowledged", List.of(), warnings);
        }
        if (scheduledAt != null) {
            if (scheduledAt.isBefore(clock.instant())) {
                throw PostRefused.unacceptable("post.timeInPast");
            }
            post.reschedule(scheduledAt, clock.instant());
        }
        for (Violation warning : warnings) {
            warningAcknowledgements.save(new WarningAcknowledgement(post.getId(), warning.kind(), warning.finding(),
                    warning.guidelineTitle(), editor.getPersonId(), clock.instant()));
        }
        Post approved = move(post, PostState.APPROVED, editor, TrimmedText.of(comment));
        publications.schedule(approved.getId(), approved.getScheduledAt(), approved.getChannels().stream()
                .map(t -> new PublicationRequest(t.getChannelId(), approved.getTitle(), t.getRenderedText(),
                        approved.getLink()))
                .toList());
        return approved;
    }

    /**
     * Publishing finished on every channel: the post is published. Nobody in particular made this move.
     * Two instances finishing a post's last two channels at once both announce it; the second finds it
     * published already (or loses the optimistic lock and is resubmitted, and then finds it so).
     */
    @ApplicationModuleListener
    void published(PostPublished event) {
        Post post = posts.findById(event.postId()).orElseThrow();
        if (post.getState() == PostState.APPROVED) {
            transitions.save(post.moveTo(PostState.PUBLISHED, null, null, clock.instant()));
            posts.saveAndFlush(post);
        }
    }

    Post requestChanges(long id, Long version, String comment, StaffUser editor) {
        return decideWithComment(id, version, comment, PostState.CHANGES_REQUESTED, editor);
    }

    Post reject(long id, Long version, String comment, StaffUser editor) {
        return decideWithComment(id, version, comment, PostState.REJECTED, editor);
    }

    static String warningKey(Violation warning) {
        return warning.kind() + ":" + warning.finding();
    }

    static String checkedText(Post post) {
        return checkedText(post.getTitle(), post.getBody(), post.getLink());
    }

    static String checkedText(String title, String body, String link) {
        return String.join("\n", title == null ? "" : title, body == null ? "" : body, link == null ? "" : link);
    }

    private Post decideWithComment(long id, Long version, String comment, PostState next, StaffUser editor) {
        Post post = reviewable(id, version, editor);
        if (comment == null || comment.isBlank()) {
            throw PostRefused.unacceptable("post.review.commentRequired");
        }
        if (comment.length() > PostComment.MAX_LENGTH) {
            throw PostRefused.unacceptable("post.comment.tooLong");
        }
        return move(post, next, editor, comment.strip());
    }

    /** The author, the sender and the editorial group may see a post and talk about it. */
    @Transactional(readOnly = true)
    Post readable(long id, StaffUser user) {
        Post post = posts.existing(id);
        boolean involved = post.getAuthorId() == user.getPersonId() || post.getSenderId() == user.getPersonId();
        if (!involved && !seesAll(user)) {
            throw new AccessDeniedException("not the author, sender or an editor");
        }
        return post;
    }

    /** The editorial group may see every post; everyone else those they wrote or are the sender of. */
    static boolean seesAll(StaffUser user) {
        return user.isAtLeastEditor();
    }

    /** Only the author edits, submits or withdraws a post. */
    Post authored(long id, StaffUser user) {
        Post post = posts.existing(id);
        if (post.getAuthorId() != user.getPersonId()) {
            throw new AccessDeniedException("only the author changes a post");
        }
        return post;
    }

    private Post reviewable(long id, Long version, StaffUser editor) {
        if (!editor.isAtLeastEditor()) {
            throw new AccessDeniedException("only editors review posts");
        }
        Post post = posts.existing(id);
        if (post.getAuthorId() == editor.getPersonId() || post.getSenderId() == editor.getPersonId()) {
            throw PostRefused.forbidden("post.review.fourEyes");
        }
        if (version == null || post.getVersion() != version || post.getState() != PostState.SUBMITTED) {
            throw PostRefused.conflict("post.review.alreadyDecided");
        }
        return post;
    }

    private Post move(Post post, PostState next, StaffUser actor, String comment) {
        if (!post.getState().canMoveTo(next)) {
            throw PostRefused.conflict("post.transition.forbidden");
        }
        transitions.save(post.moveTo(next, actor.getPersonId(), comment, clock.instant()));
        return posts.saveAndFlush(post);
    }
}
