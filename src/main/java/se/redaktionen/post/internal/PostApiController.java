package se.redaktionen.post.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.Refused;

import se.redaktionen.channel.Channels;
import se.redaktionen.guideline.RuleChecks;
import se.redaktionen.guideline.Violation;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostState;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;
import se.redaktionen.web.Problems;
import se.redaktionen.web.SearchTerms;
import se.redaktionen.web.TrimmedText;
import se.redaktionen.web.ValidationProblems;

/** Posts through the JSON API, under exactly the rules of the pages (the same workflow service). */
@RestController
@RequestMapping("/api/v1/posts")
@PreAuthorize("isAuthenticated()")
class PostApiController {

    /** A new draft. {@code scheduledAt} is ISO-8601 with an offset; the sender defaults to the caller. */
    record NewPost(String body, String title, String link, List<Long> channelIds, OffsetDateTime scheduledAt,
                   String senderUsername) {
    }

    record Decision(Long version, OffsetDateTime scheduledAt, List<String> acknowledgedWarnings, String comment) {
    }

    record Person(String username, String displayName, String branch) {
    }

    /** {@code connected} is false where the channel lacks the credentials publishing needs. */
    record ChannelTextView(long channelId, String channel, String kind, String text, int length, Integer limit,
                           boolean connected) {
    }

    record Check(String rule, String severity, String guideline, String finding, String message,
                 String acknowledgementKey) {
    }

    record Move(String from, String to, String by, Instant at, String comment) {
    }

    /** The last error of a publication: its code, what it means in words, and the platform's own words. */
    record PublicationError(String code, String message, String detail) {
    }

    record PublicationJson(long id, long channelId, String channel, String kind, String state, int attempts,
                           Instant dueAt, Instant nextAttemptAt, String platformId, String url, Instant publishedAt,
                           PublicationError lastError) {
    }

    record PostView(long id, String state, String title, String body, String link, Person author, Person sender,
                    Instant scheduledAt, long version, List<ChannelTextView> channels, List<Check> checks,
                    List<Move> history, List<PublicationJson> publications) {
    }

    record PostListItem(long id, String state, String title, String body, Person sender, Instant scheduledAt,
                        Instant updatedAt) {
    }

    private final PostSearch search;
    private final PostTransitionRepository transitions;
    private final PostWorkflow workflow;
    private final PostWriting writing;
    private final Channels channels;
    private final People people;
    private final RuleChecks checks;
    private final Validator validator;
    private final MessageSource messages;
    private final Publications publications;
    private final RedaktionenProperties properties;
    private final Clock clock;

    PostApiController(PostSearch search, PostTransitionRepository transitions, PostWorkflow workflow,
                      PostWriting writing, Channels channels, People people, RuleChecks checks,
                      Validator validator, MessageSource messages, Publications publications, RedaktionenProperties properties,
                      Clock clock) {
        this.clock = clock;
        this.publications = publications;
        this.properties = properties;
        this.search = search;
        this.transitions = transitions;
        this.workflow = workflow;
        this.writing = writing;
        this.channels = channels;
        this.people = people;
        this.checks = checks;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Posts, the last changed first: editors see all, staff those they wrote or are the sender of",
            description = "q searches title and text (PostgreSQL: Swedish full-text search, so \"sagostunder\" "
                    + "finds \"sagostunden\"; quoted phrases, or, -word), at most " + SearchTerms.MAX_LENGTH
                    + " characters with at least one letter or digit. from and to are ISO dates (Swedish days, "
                    + "both included) of the publishing time, or of the last change for a post without one. "
                    + "page counts from 0; size is 1-" + PostSearch.MAX_SIZE + ".")
    @ApiResponse(responseCode = "200", description = "One page of posts; an empty list past the last page")
    @ApiResponse(responseCode = "400", description = "A q, channel, state, sender, branch, from or to that "
            + "cannot be read (problem details with a code)", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    List<PostListItem> list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
                            @RequestParam(required = false) String channel,
                            @Parameter(description = "the sender's username") @RequestParam(required = false)
                            String sender,
                            @Parameter(description = "the sender's branch, by name") @RequestParam(required = false)
                            String branch,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                            @AuthenticationPrincipal StaffUser user) {
        PostFilters filters = PostFilters.read(q, channel, state, sender, from, to, channels, people);
        filters.search().requireValid();
        if (!filters.unreadable().isEmpty()) {
            throw Refused.invalid("post.filter.unreadable", String.join(", ", filters.unreadable()));
        }
        List<Long> branchPeople = branch == null || branch.isBlank() ? null : people.everyone().stream()
                .filter(p -> branch.strip().equals(p.branchName())).map(PersonSummary::id).toList();
        int limit = Math.max(1, Math.min(size, PostSearch.MAX_SIZE));
        return search.page(filters.criteria(PostWorkflow.seesAll(user), properties.timeZone(), branchPeople), user,
                        (long) Math.max(0, page) * limit, limit).stream()
                .map(p -> new PostListItem(p.getId(), p.getState().name(), p.getTitle(), p.getBody(),
                        person(p.getSenderId()), p.getScheduledAt(), p.getUpdatedAt()))
                .toList();
    }

    @PostMapping
    @Operation(summary = "Create a draft")
    ResponseEntity<?> create(@RequestBody NewPost input, @AuthenticationPrincipal StaffUser user) {
        PostForm form = new PostForm();
        form.setBody(input.body());
        form.setTitle(TrimmedText.of(input.title()));
        form.setLink(TrimmedText.of(input.link()));
        form.setChannelIds(input.channelIds() == null ? new ArrayList<>() : new ArrayList<>(input.channelIds()));
        form.setScheduledAt(input.scheduledAt() == null ? null : writing.toLocal(input.scheduledAt().toInstant()));
        BindingResult result = new BeanPropertyBindingResult(form, "post");
        if (input.senderUsername() != null) {
            people.findByUsername(input.senderUsername()).ifPresentOrElse(p -> form.setSenderId(p.id()),
                    () -> result.rejectValue("senderId", "post.senderNotAllowed"));
        }
        ValidationProblems.validate(validator, form, result);
        writing.validate(form, user, result);
        List<ChannelPreview> previews = result.hasFieldErrors("channelIds") || form.getBody() == null
                ? List.of() : writing.preview(form, user);
        if (result.hasErrors()) {
            return ResponseEntity.badRequest().body(ValidationProblems.of(result, messages));
        }
        Post post = workflow.saveDraft(new Post(user.getPersonId(), clock.instant()), form, user, previews);
        return ResponseEntity.created(URI.create("/api/v1/posts/" + post.getId())).body(view(post));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A post: state, the text per channel, the guideline checks and the history")
    PostView get(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        return view(workflow.readable(id, user));
    }

    @PostMapping("/{id}/submit")
    PostView submit(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        return view(workflow.submit(id, user));
    }

    @PostMapping("/{id}/withdraw")
    PostView withdraw(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        return view(workflow.withdraw(id, user));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Approve; every WARN check's acknowledgementKey must be in acknowledgedWarnings")
    PostView approve(@PathVariable long id, @RequestBody Decision decision, @AuthenticationPrincipal StaffUser user) {
        return view(workflow.approve(id, decision.version(),
                decision.scheduledAt() == null ? null : decision.scheduledAt().toInstant(),
                decision.acknowledgedWarnings() == null ? List.of() : decision.acknowledgedWarnings(),
                decision.comment(), user));
    }

    @PostMapping("/{id}/request-changes")
    @PreAuthorize("hasRole('EDITOR')")
    PostView requestChanges(@PathVariable long id, @RequestBody Decision decision,
                            @AuthenticationPrincipal StaffUser user) {
        return view(workflow.requestChanges(id, decision.version(), decision.comment(), user));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('EDITOR')")
    PostView reject(@PathVariable long id, @RequestBody Decision decision, @AuthenticationPrincipal StaffUser user) {
        return view(workflow.reject(id, decision.version(), decision.comment(), user));
    }

    /** A refused move as every refusal is said, with the findings or guidelines that are its reason. */
    @ExceptionHandler(PostRefused.class)
    ProblemDetail refused(PostRefused refused) {
        ProblemDetail problem = Problems.of(refused, messages, locale());
        if (!refused.violations().isEmpty()) {
            problem.setProperty("violations", refused.violations().stream().map(this::check).toList());
        }
        if (!refused.pendingGuidelines().isEmpty()) {
            problem.setProperty("pendingGuidelines", refused.pendingGuidelines().stream()
                    .map(g -> Map.of("id", g.guidelineId(), "title", g.title(), "version", g.version())).toList());
        }
        return problem;
    }

    private PostView view(Post post) {
        List<ChannelTextView> texts = writing.savedPreviews(post).stream()
                .map(p -> new ChannelTextView(p.channel().id(), p.channel().name(), p.channel().kind().name(),
                        p.text(), p.length(), p.limit(), p.connected()))
                .toList();
        List<Move> history = transitions.findByPostIdOrderByAtAsc(post.getId()).stream()
                .map(t -> new Move(t.getFromState().name(), t.getToState().name(),
                        t.getActorId() == null ? null
                                : people.findById(t.getActorId()).map(PersonSummary::username).orElse(null), t.getAt(),
                        t.getComment()))
                .toList();
        return new PostView(post.getId(), post.getState().name(), post.getTitle(), post.getBody(), post.getLink(),
                person(post.getAuthorId()), person(post.getSenderId()), post.getScheduledAt(), post.getVersion(),
                texts, checks.check(writing.checkedPost(post)).stream().map(this::check).toList(), history,
                publications.forPost(post.getId()).stream().map(this::publication).toList());
    }

    private PublicationJson publication(PublicationView p) {
        PublicationError error = p.errorCode() == null ? null : new PublicationError(p.errorCode(),
                messages.getMessage("publication.error." + p.errorCode(), new Object[] {p.channelName()}, locale()),
                p.errorDetail());
        return new PublicationJson(p.id(), p.channelId(), p.channelName(), p.channelKind().name(), p.state().name(),
                p.attempts(), p.dueAt(), p.nextAttemptAt(), p.platformId(), p.url(), p.publishedAt(), error);
    }

    private Check check(Violation v) {
        return new Check(v.kind().name(), v.severity().name(), v.guidelineTitle(), v.finding(),
                messages.getMessage("rule.violation." + v.kind(), new Object[] {v.finding()}, locale()),
                v.blocks() ? null : PostWorkflow.warningKey(v));
    }

    private Person person(long id) {
        PersonSummary p = people.findById(id).orElseThrow();
        return new Person(p.username(), p.displayName(), p.branchName());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

}
