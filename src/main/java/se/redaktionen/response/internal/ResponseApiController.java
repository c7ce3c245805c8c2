package se.redaktionen.response.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import se.redaktionen.Refused;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.response.ResponseKind;
import se.redaktionen.web.SearchTerms;

/** Responses through the JSON API, under the rules of the pages. */
@RestController
@RequestMapping("/api/v1/responses")
@PreAuthorize("isAuthenticated()")
class ResponseApiController {

    /** The order in which a logged response's fields are checked, and the first problem reported. */
    private static final List<String> PROBLEM_ORDER = List.of("channelId", "kind", "text", "receivedAt", "authorName",
            "authorHandle", "platformId");

    /** A response seen elsewhere and logged by hand; {@code platformId} makes logging it twice harmless. */
    record NewResponse(Long channelId, String platformId, ResponseKind kind, String authorName, String authorHandle,
                       String text, OffsetDateTime receivedAt, Long postId) {
    }

    record Answer(String text) {
    }

    record Reply(long publicationId, String state, String url, String error) {
    }

    record ResponseJson(long id, long channelId, String channel, String platformId, String kind, String inReplyTo,
                        Long postId, String authorName, String authorHandle, String text, Instant receivedAt,
                        String state, String assignee, String routedTo, Instant answerBy, boolean overdue,
                        boolean escalated, Instant firstAnsweredAt, String answeredBy, String answeredWhere,
                        String answerText, Reply reply, String source) {
    }

    private final ManualResponses manual;
    private final ResponseWork work;
    private final ResponseDeadlines deadlines;
    private final Channels channels;
    private final People people;
    private final ResponseListing listing;
    private final MessageSource messages;
    private final Clock clock;

    ResponseApiController(ManualResponses manual, ResponseWork work, ResponseDeadlines deadlines, Channels channels,
                          People people, ResponseListing listing, MessageSource messages, Clock clock) {
        this.listing = listing;
        this.manual = manual;
        this.work = work;
        this.deadlines = deadlines;
        this.channels = channels;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** Staff get theirs and their branch's; editors all. Oldest open first, then the rest newest first. */
    @GetMapping
    @Operation(summary = "Responses: staff get theirs and their branch's, editors all; oldest open first, then the "
            + "rest newest first",
            description = "q searches the text (PostgreSQL: Swedish full-text search, so \"sagostunder\" finds "
                    + "\"sagostunden\"; quoted phrases, or, -word) and the author's name and handle, at most "
                    + SearchTerms.MAX_LENGTH + " characters with at least one letter or digit; staff never find a "
                    + "hidden or removed response by its words. page counts from 0; size is 1-"
                    + ResponseListing.MAX_PAGE + ".")
    @ApiResponse(responseCode = "200", description = "One page of responses; an empty list past the last page")
    @ApiResponse(responseCode = "400", description = "A q, state, channel or assignee that cannot be read "
            + "(problem details with a code)", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    List<ResponseJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
                            @RequestParam(required = false) Long channel,
                            @Parameter(description = "the assignee's username") @RequestParam(required = false)
                            String assignee,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                            @AuthenticationPrincipal StaffUser user) {
        return listing.page(q, state, channel, assignee, page, size, user).stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    ResponseJson get(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        return json(work.visible(id, user));
    }

    /** Logging the same platform id twice answers with the existing row (200) instead of a second one (201). */
    @PostMapping
    ResponseEntity<ResponseJson> log(@RequestBody NewResponse body, @AuthenticationPrincipal StaffUser user) {
        ManualResponses.Logged logged = manual.log(new ManualResponse(body.channelId(), body.platformId(),
                body.kind(), body.authorName(), body.authorHandle(), body.text(),
                body.receivedAt() == null ? null : body.receivedAt().toInstant(), null, Response.Source.API), user);
        Optional<ManualResponse.Problem> problem = ManualResponse.Problem.first(logged.problems(), PROBLEM_ORDER);
        if (problem.isPresent()) {
            throw refusal(problem.get().check());
        }
        ResponseRecorder.Recorded recorded = logged.recorded();
        ResponseJson json = json(recorded.response());
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/v1/responses/" + json.id())).body(json)
                : ResponseEntity.ok(json);
    }

    @PostMapping("/{id}/answer")
    ResponseJson answer(@PathVariable long id, @RequestBody Answer body, @AuthenticationPrincipal StaffUser user) {
        return json(work.answer(id, body == null ? null : body.text(), user));
    }

    private ResponseJson json(Response r) {
        Instant now = clock.instant();
        String channelName = channels.find(r.getChannelId()).map(ChannelSummary::name).orElse(null);
        PublicationView reply = work.answerPublication(r);
        return new ResponseJson(r.getId(), r.getChannelId(), channelName, r.getPlatformId(), r.getKind().name(),
                r.getInReplyTo(), r.getPostId(), r.getAuthorName(), r.getAuthorHandle(), r.getText(),
                r.getReceivedAt(), r.getState().name(), username(r.getAssigneeId()), r.getRoutedTo().name(),
                deadlines.answerBy(r), deadlines.overdue(r, now), deadlines.escalated(r, now),
                r.getFirstAnsweredAt(), username(r.getAnsweredBy()), r.getAnsweredWhere(), r.getAnswerText(),
                reply == null ? null : new Reply(reply.id(), reply.state().name(), reply.url(),
                        reply.errorCode() == null ? null : messages.getMessage("publication.error."
                                + reply.errorCode(), new Object[] {reply.channelName()}, locale())),
                r.getSource().name());
    }

    private String username(Long personId) {
        return personId == null ? null : people.findById(personId).map(PersonSummary::username).orElse(null);
    }

    /** How the API words a problem of a logged response, the first one only, as a 400. */
    private static Refused refusal(ManualResponse.Check check) {
        return switch (check) {
            case CHANNEL_REQUIRED, CHANNEL_UNKNOWN -> Refused.invalid("response.api.unknownChannel");
            case KIND_REQUIRED -> Refused.invalid("response.api.kindRequired");
            case TEXT_REQUIRED, TEXT_TOO_LONG -> Refused.invalid("response.api.textRequired",
                    ManualResponse.MAX_TEXT);
            case RECEIVED_REQUIRED, RECEIVED_FUTURE -> Refused.invalid("response.api.receivedAtInvalid");
            case TOO_LONG -> Refused.invalid("response.api.fieldTooLong", ManualResponse.MAX_FIELD);
            case POST_UNKNOWN, POST_NOT_YOURS -> throw new IllegalStateException("the API logs no post");
        };
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
