package se.redaktionen.post.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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
import se.redaktionen.publishing.Publications;

/** Everyone drafts posts, previews them per channel, and submits them for review. */
@Controller
@RequestMapping("/posts")
@PreAuthorize("isAuthenticated()")
class PostController {

    private static final String FORM = "post/form";

    private final PostTransitionRepository transitions;
    private final PostWriting writing;
    private final Channels channels;
    private final People people;
    private final RuleChecks checks;
    private final PostWorkflow workflow;
    private final PostCommentRepository comments;
    private final PostImageRepository images;
    private final WarningAcknowledgementRepository warningAcknowledgements;
    private final Publications publications;
    private final Clock clock;

    PostController(PostTransitionRepository transitions, PostWriting writing, Channels channels,
                   People people, RuleChecks checks, PostWorkflow workflow, PostCommentRepository comments,
                   PostImageRepository images, WarningAcknowledgementRepository warningAcknowledgements,
                   Publications publications, Clock clock) {
        this.images = images;
        this.publications = publications;
        this.workflow = workflow;
        this.comments = comments;
        this.warningAcknowledgements = warningAcknowledgements;
        this.transitions = transitions;
        this.writing = writing;
        this.channels = channels;
        this.people = people;
        this.checks = checks;
        this.clock = clock;
    }

    @ModelAttribute("availableChannels")
    List<ChannelSummary> availableChannels() {
        return channels.active();
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal StaffUser user, Model model) {
        PostForm form = new PostForm();
        form.setSenderId(user.getPersonId());
        model.addAttribute("postForm", form);
        addFormChoices(user, model);
        return FORM;
    }

    @PostMapping("/new")
    @Transactional
    String create(@Valid @ModelAttribute PostForm postForm, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal StaffUser user,
                  Model model) {
        Post post = new Post(user.getPersonId(), clock.instant());
        return saveOrPreview(post, postForm, result, action, user, model);
    }

    /** The live preview beside the form, refreshed by htmx as the author types. Saves nothing. */
    @PostMapping("/preview")
    String livePreview(@ModelAttribute PostForm postForm, BindingResult result,
                       @AuthenticationPrincipal StaffUser user, Model model) {
        writing.validate(postForm, user, result);
        if (result.hasFieldErrors("senderId")) {
            postForm.setSenderId(user.getPersonId());
        }
        boolean previewable = postForm.getBody() != null && !postForm.getBody().isBlank();
        List<ChannelPreview> previews = previewable ? writing.preview(postForm, user) : List.of();
        model.addAttribute("previews", previews);
        model.addAttribute("violations", previewable ? checks.check(writing.checkedPost(postForm.getTitle(),
                postForm.getBody(), postForm.getLink(), previews, writing.senderOf(postForm, user), List.of())) : null);
        return "post/preview :: live";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        Post post = workflow.readable(id, user);
        model.addAttribute("post", post);
        model.addAttribute("texts", writing.savedPreviews(post));
        model.addAttribute("author", people.findById(post.getAuthorId()).orElseThrow());
        model.addAttribute("sender", people.findById(post.getSenderId()).orElseThrow());
        model.addAttribute("history", transitions.findByPostIdOrderByAtAsc(id));
        List<PostComment> thread = comments.findByPostIdOrderByAtAsc(id);
        List<WarningAcknowledgement> acknowledged = warningAcknowledgements.findByPostIdOrderByAtAsc(id);
        model.addAttribute("comments", thread);
        model.addAttribute("images", images.summaries(id));
        model.addAttribute("maxImages", PostImageController.MAX_IMAGES);
        model.addAttribute("acknowledgedWarnings", acknowledged);
        model.addAttribute("actors", personNames(post, thread, acknowledged));
        List<Violation> violations = checks.check(writing.checkedPost(post));
        model.addAttribute("violations", violations);
        model.addAttribute("warnings", violations.stream().filter(v -> !v.blocks())
                .map(v -> Map.entry(PostWorkflow.warningKey(v), v)).toList());
        boolean editor = user.getRole() != Role.STAFF;
        boolean ownPost = post.getAuthorId() == user.getPersonId() || post.getSenderId() == user.getPersonId();
        model.addAttribute("canReview", editor && !ownPost && post.getState() == PostState.SUBMITTED);
        model.addAttribute("needsOtherEditor", editor && ownPost && post.getState() == PostState.SUBMITTED);
        model.addAttribute("scheduledValue", post.getScheduledAt() == null ? ""
                : writing.toLocal(post.getScheduledAt()).format(PostWriting.LOCAL_INPUT));
        model.addAttribute("mine", post.getAuthorId() == user.getPersonId());
        model.addAttribute("canWithdraw", post.getState().canMoveTo(PostState.WITHDRAWN));
        model.addAttribute("publications", publications.forPost(id));
        model.addAttribute("editor", editor);
        model.addAttribute("involved", ownPost);
        return "post/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model,
                    RedirectAttributes redirect) {
        Post post = workflow.authored(id, user);
        if (!post.getState().editable()) {
            return notEditable(post, redirect);
        }
        model.addAttribute("post", post);
        model.addAttribute("postForm", writing.formOf(post));
        addFormChoices(user, model);
        return FORM;
    }

    @PostMapping("/{id}/edit")
    @Transactional
    String update(@PathVariable long id, @Valid @ModelAttribute PostForm postForm, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal StaffUser user,
                  Model model, RedirectAttributes redirect) {
        Post post = workflow.authored(id, user);
        if (!post.getState().editable()) {
            return notEditable(post, redirect);
        }
        model.addAttribute("post", post);
        if (postForm.getVersion() != post.getVersion()) {
            result.reject("form.conflict");
        }
        return saveOrPreview(post, postForm, result, action, user, model);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        return WorkflowOutcome.of(id, redirect, () -> workflow.submit(id, user));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        return WorkflowOutcome.of(id, redirect, () -> workflow.withdraw(id, user));
    }

    private String saveOrPreview(Post post, PostForm form, BindingResult result, String action, StaffUser user,
                                 Model model) {
        writing.validate(form, user, result);
        List<ChannelPreview> previews = result.hasFieldErrors("channelIds") || form.getBody() == null
                ? List.of() : writing.preview(form, user);
        addFormChoices(user, model);
        model.addAttribute("previews", previews);
        if (form.getBody() != null && !form.getBody().isBlank()) {
            model.addAttribute("violations", checks.check(writing.checkedPost(form.getTitle(), form.getBody(),
                    form.getLink(), previews, writing.senderOf(form, user), List.of())));
        }
        if (result.hasErrors() || "preview".equals(action)) {
            return FORM;
        }
        return "redirect:/posts/" + workflow.saveDraft(post, form, user, previews).getId();
    }

    private void addFormChoices(StaffUser user, Model model) {
        boolean editor = user.getRole() == Role.EDITOR || user.getRole() == Role.ADMIN;
        model.addAttribute("senders", editor ? people.activePeople()
                : people.findById(user.getPersonId()).stream().toList());
        model.addAttribute("notConnected", channels.notConnected());
    }

    private static String notEditable(Post post, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusal", "post.notEditable");
        return redirectTo(post);
    }

    /** Names of everyone who moved, commented on or approved the post. */
    private Map<Long, String> personNames(Post post, List<PostComment> thread, List<WarningAcknowledgement> acks) {
        return java.util.stream.Stream.of(
                        transitions.findByPostIdOrderByAtAsc(post.getId()).stream().map(PostTransition::getActorId)
                                .filter(java.util.Objects::nonNull),
                        thread.stream().map(PostComment::getAuthorId),
                        acks.stream().map(WarningAcknowledgement::getAcknowledgedBy))
                .flatMap(Function.identity()).distinct()
                .collect(Collectors.toMap(Function.identity(),
                        pid -> people.findById(pid).map(PersonSummary::displayName).orElse("?")));
    }

    private static String redirectTo(Post post) {
        return "redirect:/posts/" + post.getId();
    }
}
