package se.redaktionen.event.internal;

import java.net.URI;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
import se.redaktionen.event.internal.EventJson.EventInput;
import se.redaktionen.event.internal.EventJson.EventPage;
import se.redaktionen.event.internal.EventJson.EventView;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.web.ValidationProblems;

/** Events through the API: the page's form object and the page's service, so the rules are the same. */
@RestController
@RequestMapping("/api/v1/events")
@PreAuthorize("isAuthenticated()")
class EventApiController {

    static final int MAX_SIZE = 100;
    private static final String PROBLEM = "application/problem+json";

    private final EventListing listing;
    private final EventPlanning planning;
    private final EventViews views;
    private final EventTimes times;
    private final Validator validator;
    private final MessageSource messages;

    EventApiController(EventListing listing, EventPlanning planning, EventViews views, EventTimes times,
                       Validator validator, MessageSource messages) {
        this.listing = listing;
        this.planning = planning;
        this.views = views;
        this.times = times;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Upcoming events, the soonest first, or with past=true those over, the latest first",
            description = "page counts from 0; size is 1-" + MAX_SIZE + ". Past the last page is the last page.")
    @ApiResponse(responseCode = "200", description = "One page of events with the total")
    @ApiResponse(responseCode = "400", description = "A page or size that is not a number",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    EventPage list(@RequestParam(defaultValue = "false") boolean past, @RequestParam(defaultValue = "0") int page,
                   @Parameter(description = "1-" + MAX_SIZE) @RequestParam(defaultValue = "20") int size) {
        int limit = Math.max(1, Math.min(size, MAX_SIZE));
        EventListing.Page found = listing.page(past, Math.max(0, page) + 1, limit);
        return new EventPage(views.list(found.events()).stream().map(d -> EventJson.view(d, times.zone())).toList(),
                found.number() - 1, limit, found.total());
    }

    @PostMapping
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Create an event (editors); 201 with Location")
    @ApiResponse(responseCode = "201", description = "The event as it was saved")
    @ApiResponse(responseCode = "400", description = "Bad input, every field with its message in errors[{field, "
            + "message}]: the place, unknown ids, an inactive team member, times in the wrong order or in the past, "
            + "a window over 7 days, a hashtag with spaces", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    @ApiResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> create(@RequestBody EventInput input, @AuthenticationPrincipal StaffUser editor) {
        EventForm form = input.form(times.zone());
        BindingResult result = validated(form, null);
        if (result.hasErrors()) {
            return ResponseEntity.badRequest().body(ValidationProblems.of(result, messages));
        }
        Event event = planning.create(form, editor);
        return ResponseEntity.created(URI.create("/api/v1/events/" + event.getId())).body(view(event));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An event: its facts, team, channels and the state of its live window now")
    @ApiResponse(responseCode = "200", description = "The event")
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    EventView get(@PathVariable long id) {
        return view(planning.find(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Change an event (editors); version must be the one read, and a cancelled event stays as "
            + "it is")
    @ApiResponse(responseCode = "200", description = "The event as it was saved")
    @ApiResponse(responseCode = "400", description = "Bad input, as for creating (an event already begun may keep "
            + "its start)", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    @ApiResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Someone changed it since it was read (stale or missing "
            + "version), or it is cancelled", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> update(@PathVariable long id, @RequestBody EventInput input) {
        Event event = planning.find(id);
        if (input.version() == null || input.version() != event.getVersion()) {
            throw Refused.conflict("form.conflict");
        }
        if (event.isCancelled()) {
            throw Refused.conflict("event.cancelledStays");
        }
        EventForm form = input.form(times.zone());
        form.setVersion(event.getVersion());
        BindingResult result = validated(form, event);
        if (result.hasErrors()) {
            return ResponseEntity.badRequest().body(ValidationProblems.of(result, messages));
        }
        return ResponseEntity.ok(view(planning.update(event, form)));
    }

    private BindingResult validated(EventForm form, Event existing) {
        BindingResult result = new BeanPropertyBindingResult(form, "eventForm");
        ValidationProblems.validate(validator, form, result);
        planning.validate(form, existing, result);
        return result;
    }

    private EventView view(Event event) {
        return EventJson.view(views.details(event), times.zone());
    }
}
