package se.redaktionen.post.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.guideline.RuleChecks;
import se.redaktionen.guideline.Violation;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostState;

/** The editorial group's side: the review queue, approval with four eyes, changes, rejection, comments. */
@Controller
class ReviewController {

    static final int MAX_COMMENT = 2000;

    private final PostRepository posts;
    private final PostTransitionRepository transitions;
    private final PostCommentRepository comments;
    private final WarningAcknowledgementRepository warningAcknowledgements;
    private final PostWriting writing;
    private final RuleChecks checks;
    private final Channels channels;
    private final People people;
    private final Clock clock;

    ReviewController(PostRepository posts, PostTransitionRepository transitions, PostCommentRepository comments,
                     WarningAcknowledgementRepository warningAcknowledgements, PostWriting writing,
                     RuleChecks checks, Channels channels, People people, Clock clock) {
        this.posts = posts;
        this.transitions = transitions;
        this.comments = comments;
        this.warningAcknowledgements = warningAcknowledgements;
        this.writing = writing;
        this.checks = checks;
        this.channels = channels;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('EDITOR')")
    String queue(@RequestParam(required = false) String branch, @RequestParam(required = false) Long channel,
                 @RequestParam(required = false) Long author, Model model) {
        Map<Long, PersonSummary> persons = people.activePeople().stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<Post> queue = posts.findByStateOrderByUpdatedAtAsc(PostState.SUBMITTED).stream()
                .filter(p -> channel == null || p.getChannels().stream().anyMatch(t -> t.getChannelId() == channel))
                .filter(p -> author == null || p.getAuthorId() == author)
                .filter(p -> branch == null || branch.isBlank() || people.findById(p.getSenderId())
                        .map(s -> s.branchName().equals(branch)).orElse(false))
                .toList();
        model.addAttribute("queue", queue);
        model.addAttribute("people", queue.stream().flatMap(p -> java.util.stream.Stream.of(p.getAuthorId(),
                        p.getSenderId())).distinct()
                .collect(Collectors.toMap(Function.identity(),
                        id -> persons.containsKey(id) ? persons.get(id) : people.findById(id).orElseThrow())));
        model.addAttribute("channelNames", channels.all().stream()
                .collect(Collectors.toMap(ChannelSummary::id, ChannelSummary::name)));
        model.addAttribute("branches", people.activeBranchNames());
        model.addAttribute("channels", channels.all());
        model.addAttribute("authors", persons.values().stream()
                .sorted(java.util.Comparator.comparing(PersonSummary::displayName)).toList());
        model.addAttribute("filterBranch", branch);
        model.addAttribute("filterChannel", channel);
        model.addAttribute("filterAuthor", author);
        return "post/review";
    }

    /**
     * Four eyes: another editor than the author or sender approves. Every WARN finding must be
     * acknowledged, and each acknowledgement is recorded. The version guards against two editors
     * acting at once: exactly one of them wins.
     */
    @PostMapping("/posts/{id}/approve")
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    String approve(@PathVariable long id, @RequestParam(required = false) Long version,
                   @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
                   LocalDateTime scheduledAt,
                   @RequestParam(defaultValue = "") List<String> acknowledgedWarnings,
                   @RequestParam(defaultValue = "") String comment,
                   @AuthenticationPrincipal StaffUser editor, RedirectAttributes redirect) {
        Post post = reviewable(id, version, editor, redirect);
        if (post == null) {
            return "redirect:/posts/" + id;
        }
        List<Violation> findings = checks.check(PostController.checkedText(post));
        if (findings.stream().anyMatch(Violation::blocks)) {
            return refuse(post, "post.approve.blocked", redirect);
        }
        List<Violation> warnings = findings.stream().filter(v -> !v.blocks()).toList();
        if (!acknowledgedWarnings.containsAll(warnings.stream().map(ReviewController::warningKey).toList())) {
            return refuse(post, "post.approve.warningsUnacknowledged", redirect);
        }
        if (scheduledAt != null) {
            if (writing.toInstant(scheduledAt).isBefore(clock.instant())) {
                return refuse(post, "post.timeInPast", redirect);
            }
            post.reschedule(writing.toInstant(scheduledAt), clock.instant());
        }
        for (Violation warning : warnings) {
            warningAcknowledgements.save(new WarningAcknowledgement(post.getId(), warning.kind(), warning.finding(),
                    warning.guidelineTitle(), editor.getPersonId(), clock.instant()));
        }
        return move(post, PostState.APPROVED, editor, blankToNull(comment), redirect);
    }

    @PostMapping("/posts/{id}/request-changes")
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    String requestChanges(@PathVariable long id, @RequestParam(required = false) Long version,
                          @RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal StaffUser editor,
                          RedirectAttributes redirect) {
        return decideWithComment(id, version, comment, PostState.CHANGES_REQUESTED, editor, redirect);
    }

    @PostMapping("/posts/{id}/reject")
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    String reject(@PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(defaultValue = "") String comment,
                  @AuthenticationPrincipal StaffUser editor, RedirectAttributes redirect) {
        return decideWithComment(id, version, comment, PostState.REJECTED, editor, redirect);
    }

    /** The author, the sender and the editors talk about a post on the post itself. */
    @PostMapping("/posts/{id}/comments")
    @PreAuthorize("isAuthenticated()")
    @Transactional
    String comment(@PathVariable long id, @RequestParam(defaultValue = "") String text,
                   @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        Post post = posts.findById(id).orElseThrow(PostController::notFound);
        boolean involved = post.getAuthorId() == user.getPersonId() || post.getSenderId() == user.getPersonId();
        if (!involved && user.getRole() == Role.STAFF) {
            throw new AccessDeniedException("not the author, sender or an editor");
        }
        if (text.isBlank() || text.length() > MAX_COMMENT) {
            redirect.addFlashAttribute("commentText", text);
            return refuse(post, text.isBlank() ? "post.comment.required" : "post.comment.tooLong", redirect);
        }
        comments.save(new PostComment(post.getId(), user.getPersonId(), text.strip(), clock.instant()));
        redirect.addFlashAttribute("commented", true);
        return "redirect:/posts/" + id + "#comments";
    }

    static String warningKey(Violation warning) {
        return warning.kind() + ":" + warning.finding();
    }

    private String decideWithComment(long id, Long version, String comment, PostState next, StaffUser editor,
                                     RedirectAttributes redirect) {
        Post post = reviewable(id, version, editor, redirect);
        if (post == null) {
            return "redirect:/posts/" + id;
        }
        if (comment.isBlank() || comment.length() > MAX_COMMENT) {
            redirect.addFlashAttribute("reviewComment", comment);
            return refuse(post, comment.isBlank() ? "post.review.commentRequired" : "post.comment.tooLong", redirect);
        }
        return move(post, next, editor, comment.strip(), redirect);
    }

    /** The post, if this editor may decide on it now; otherwise null with the reason in the flash. */
    private Post reviewable(long id, Long version, StaffUser editor, RedirectAttributes redirect) {
        Post post = posts.findById(id).orElseThrow(PostController::notFound);
        if (post.getAuthorId() == editor.getPersonId() || post.getSenderId() == editor.getPersonId()) {
            redirect.addFlashAttribute("refusal", "post.review.fourEyes");
            return null;
        }
        if (version == null || post.getVersion() != version || post.getState() != PostState.SUBMITTED) {
            redirect.addFlashAttribute("refusal", "post.review.alreadyDecided");
            return null;
        }
        return post;
    }

    private String move(Post post, PostState next, StaffUser editor, String comment, RedirectAttributes redirect) {
        transitions.save(post.moveTo(next, editor.getPersonId(), comment, clock.instant()));
        posts.saveAndFlush(post);
        redirect.addFlashAttribute("moved", next);
        return "redirect:/posts/" + post.getId();
    }

    private static String refuse(Post post, String reason, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusal", reason);
        return "redirect:/posts/" + post.getId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
