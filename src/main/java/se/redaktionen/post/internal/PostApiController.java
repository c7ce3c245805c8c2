package se.redaktionen.post.internal;

import java.net.URI;
import java.time.Clock;
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
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.internal.PostJson.PostListItem;
import se.redaktionen.post.internal.PostJson.PostView;
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

        /** The page's form with what the draft says, to be checked by the page's rules. */
        PostForm form(PostWriting writing) {
            PostForm form = new PostForm();
            form.setBody(body);
            form.setTitle(TrimmedText.of(title));
            form.setLink(TrimmedText.of(link));
            form.setChannelIds(channelIds == null ? new ArrayList<>() : new ArrayList<>(channelIds));
            form.setScheduledAt(scheduledAt == null ? null : writing.toLocal(scheduledAt.toInstant()));
            return form;
        }
    }

    record Decision(Long version, OffsetDateTime scheduledAt, List<String> acknowledgedWarnings, String comment) {
    }

    private final PostSearch search;
    private final PostWorkflow workflow;
    private final PostWriting writing;
    private final PostJson json;
    private final Channels channels;
    private final People people;
    private final Validator validator;
    private final MessageSource messages;
    private final RedaktionenProperties properties;
    private final Clock clock;

    PostApiController(PostSearch search, PostWorkflow workflow, PostWriting writing, PostJson json, Channels channels,
                      People people, Validator validator, MessageSource messages, RedaktionenProperties properties,
                      Clock clock) {
        this.clock = clock;
        this.properties = properties;
        this.search = search;
        this.workflow = workflow;
        this.writing = writing;
        this.json = json;
        this.channels = channels;
        this.people = people;
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
                .map(json::item).toList();
    }

    @PostMapping
    @Operation(summary = "Create a draft")
    ResponseEntity<?> create(@RequestBody NewPost input, @AuthenticationPrincipal StaffUser user) {
        PostForm form = input.form(writing);
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
        return ResponseEntity.created(URI.create("/api/v1/posts/" + post.getId())).body(json.view(post));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A post: state, the text per channel, the guideline checks and the history")
    PostView get(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        return json.view(workflow.readable(id, user));
    }

    @PostMapping("/{id}/submit")
    PostView submit(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        return json.view(workflow.submit(id, user));
    }

    @PostMapping("/{id}/withdraw")
    PostView withdraw(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        return json.view(workflow.withdraw(id, user));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Approve; every WARN check's acknowledgementKey must be in acknowledgedWarnings")
    PostView approve(@PathVariable long id, @RequestBody Decision decision, @AuthenticationPrincipal StaffUser user) {
        return json.view(workflow.approve(id, decision.version(),
                decision.scheduledAt() == null ? null : decision.scheduledAt().toInstant(),
                decision.acknowledgedWarnings() == null ? List.of() : decision.acknowledgedWarnings(),
                decision.comment(), user));
    }

    @PostMapping("/{id}/request-changes")
    @PreAuthorize("hasRole('EDITOR')")
    PostView requestChanges(@PathVariable long id, @RequestBody Decision decision,
                            @AuthenticationPrincipal StaffUser user) {
        return json.view(workflow.requestChanges(id, decision.version(), decision.comment(), user));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('EDITOR')")
    PostView reject(@PathVariable long id, @RequestBody Decision decision, @AuthenticationPrincipal StaffUser user) {
        return json.view(workflow.reject(id, decision.version(), decision.comment(), user));
    }

    /** A refused move as every refusal is said, with the findings or guidelines that are its reason. */
    @ExceptionHandler(PostRefused.class)
    ProblemDetail refused(PostRefused refused) {
        ProblemDetail problem = Problems.of(refused, messages, locale());
        if (!refused.violations().isEmpty()) {
            problem.setProperty("violations", refused.violations().stream().map(json::check).toList());
        }
        if (!refused.pendingGuidelines().isEmpty()) {
            problem.setProperty("pendingGuidelines", refused.pendingGuidelines().stream()
                    .map(g -> Map.of("id", g.guidelineId(), "title", g.title(), "version", g.version())).toList());
        }
        return problem;
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

}
