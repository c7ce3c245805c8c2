package se.redaktionen.post.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
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
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostState;
import se.redaktionen.web.Htmx;

/**
 * The editorial group's side: the review queue and decisions, and the comment thread on a post. The
 * queue's filters are a plain GET form; htmx swaps only the queue.
 */
@Controller
class ReviewController {

    /** What the editor typed into the approval form, to fill it again when the approval is refused. */
    record ApprovalTyped(List<String> acknowledgedWarnings, String scheduledAt, String comment)
            implements java.io.Serializable {
    }

    private final PostRepository posts;
    private final PostCommentRepository comments;
    private final PostWorkflow workflow;
    private final PostWriting writing;
    private final Channels channels;
    private final People people;
    private final Clock clock;

    ReviewController(PostRepository posts, PostCommentRepository comments, PostWorkflow workflow,
                     PostWriting writing, Channels channels, People people, Clock clock) {
        this.posts = posts;
        this.comments = comments;
        this.workflow = workflow;
        this.writing = writing;
        this.channels = channels;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('EDITOR')")
    String queue(@RequestParam(required = false) String branch, @RequestParam(required = false) Long channel,
                 @RequestParam(required = false) Long author, HttpServletRequest request, Model model) {
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
        model.addAttribute("notConnected", channels.notConnected());
        model.addAttribute("branches", people.activeBranchNames());
        model.addAttribute("channels", channels.all());
        model.addAttribute("authors", persons.values().stream()
                .sorted(java.util.Comparator.comparing(PersonSummary::displayName)).toList());
        model.addAttribute("filterBranch", branch);
        model.addAttribute("filterChannel", channel);
        model.addAttribute("filterAuthor", author);
        return Htmx.pageOrRegion(request, model, "post/review", "results");
    }

    @PostMapping("/posts/{id}/approve")
    @PreAuthorize("hasRole('EDITOR')")
    String approve(@PathVariable long id, @RequestParam(required = false) Long version,
                   @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
                   LocalDateTime scheduledAt,
                   @RequestParam(defaultValue = "") List<String> acknowledgedWarnings,
                   @RequestParam(defaultValue = "") String comment,
                   @AuthenticationPrincipal StaffUser editor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("approval", new ApprovalTyped(acknowledgedWarnings,
                scheduledAt == null ? "" : scheduledAt.format(PostWriting.LOCAL_INPUT), comment));
        return WorkflowOutcome.of(id, redirect, () -> workflow.approve(id, version,
                scheduledAt == null ? null : writing.toInstant(scheduledAt), acknowledgedWarnings, comment, editor));
    }

    @PostMapping("/posts/{id}/request-changes")
    @PreAuthorize("hasRole('EDITOR')")
    String requestChanges(@PathVariable long id, @RequestParam(required = false) Long version,
                          @RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal StaffUser editor,
                          RedirectAttributes redirect) {
        redirect.addFlashAttribute("reviewComment", comment);
        return WorkflowOutcome.of(id, redirect, () -> workflow.requestChanges(id, version, comment, editor));
    }

    @PostMapping("/posts/{id}/reject")
    @PreAuthorize("hasRole('EDITOR')")
    String reject(@PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(defaultValue = "") String comment,
                  @AuthenticationPrincipal StaffUser editor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reviewComment", comment);
        return WorkflowOutcome.of(id, redirect, () -> workflow.reject(id, version, comment, editor));
    }

    /** The author, the sender and the editors talk about a post on the post itself. */
    @PostMapping("/posts/{id}/comments")
    @PreAuthorize("isAuthenticated()")
    @Transactional
    String comment(@PathVariable long id, @RequestParam(defaultValue = "") String text,
                   @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        Post post = workflow.readable(id, user);
        if (text.isBlank() || text.length() > PostComment.MAX_LENGTH) {
            redirect.addFlashAttribute("commentText", text);
            return refuse(post, text.isBlank() ? "post.comment.required" : "post.comment.tooLong", redirect);
        }
        comments.save(new PostComment(post.getId(), user.getPersonId(), text.strip(), clock.instant()));
        redirect.addFlashAttribute("commented", true);
        return "redirect:/posts/" + id + "#comments";
    }

    private static String refuse(Post post, String reason, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusal", reason);
        return "redirect:/posts/" + post.getId();
    }
}
