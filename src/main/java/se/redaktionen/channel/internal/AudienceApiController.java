package se.redaktionen.channel.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.Refused;
import se.redaktionen.channel.AudienceChange;
import se.redaktionen.channel.AudienceSnapshot;
import se.redaktionen.channel.Audiences;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.web.ValidationProblems;

/** A channel's audience through the API: the figures of a period and their change, and manual counts. */
@RestController
@RequestMapping("/api/v1/channels/{id}/audience")
@PreAuthorize("isAuthenticated()")
class AudienceApiController {

    record SnapshotView(LocalDate countedOn, int followers, Integer fans, String source) {
        static SnapshotView of(AudienceSnapshot s) {
            return new SnapshotView(s.countedOn(), s.followers(), s.fans(), s.source().name());
        }
    }

    /**
     * From the first to the last snapshot of the period: {@code followers} and {@code fans} are the
     * differences, the percentages of the first figure (null when it was zero, or without fans).
     */
    record ChangeView(LocalDate since, LocalDate until, int followers, BigDecimal percent, Integer fans,
                      BigDecimal fansPercent) {
        static ChangeView of(AudienceChange c) {
            return new ChangeView(c.since(), c.until(), c.followers(), c.percent(), c.fans(), c.fansPercent());
        }
    }

    /** A count typed by a person; {@code fans} only for Facebook pages. For the API document. */
    record AudienceInput(LocalDate countedOn, Integer followers, Integer fans) {
    }

    record AudienceView(long channelId, String channel, String kind, LocalDate from, LocalDate to,
                        List<SnapshotView> snapshots, ChangeView change) {
    }

    private final ChannelRepository channels;
    private final Audiences audiences;
    private final AudienceEntry entry;
    private final JsonMapper json;
    private final MessageSource messages;

    AudienceApiController(ChannelRepository channels, Audiences audiences, AudienceEntry entry, JsonMapper json,
                          MessageSource messages) {
        this.channels = channels;
        this.audiences = audiences;
        this.entry = entry;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The channel's audience per day from `from` to `to` (YYYY-MM-DD, both included; "
            + "default the last 90 days) and its change from the first to the last figure")
    ResponseEntity<?> audience(@PathVariable long id, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        Channel channel = channels.findById(id).orElseThrow(Refused::notFound);
        AudiencePeriod period = AudiencePeriod.parse(from, to, entry.today());
        if (!period.valid()) {
            throw Refused.invalid(period.problem().equals("audience.period.reversed")
                    ? "audience.api.periodReversed" : "audience.api.periodInvalid");
        }
        List<AudienceSnapshot> snapshots = audiences.snapshots(id, period.from(), period.to());
        return ResponseEntity.ok(new AudienceView(id, channel.getName(), channel.getKind().name(), period.from(),
                period.to(), snapshots.stream().map(SnapshotView::of).toList(),
                Audiences.change(snapshots).map(ChangeView::of).orElse(null)));
    }

    /**
     * A count typed by a person, by the page's rules. The body is read only after the caller's right to
     * count this channel is known, so a refused caller learns nothing from a malformed body.
     */
    @PostMapping
    @Operation(summary = "Record a count of the channel's audience `{countedOn, followers, fans}` (editors, admins, "
            + "the channel's responsible person and deputy); a count for a day that has one replaces it")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AudienceInput.class)))
    ResponseEntity<?> record(@PathVariable long id, @RequestBody(required = false) String body,
                             @AuthenticationPrincipal StaffUser user) {
        Channel channel = channels.findById(id).orElseThrow(Refused::notFound);
        if (!entry.mayRecord(channel, user)) {
            throw new AccessDeniedException("Only editors and the channel's responsible person and deputy count");
        }
        Map<String, String> values = values(body);
        if (values == null) {
            throw Refused.invalid("audience.api.bodyInvalid");
        }
        AudienceForm form = new AudienceForm();
        BindingResult result = entry.bind(form, values);
        entry.validate(form, channel, result);
        if (result.hasErrors()) {
            return ResponseEntity.badRequest().body(ValidationProblems.of(result, messages));
        }
        boolean added = entry.record(channel, form, user);
        SnapshotView saved = new SnapshotView(form.getCountedOn(), form.getFollowers(), form.getFans(), "MANUAL");
        return added
                ? ResponseEntity.created(URI.create("/api/v1/channels/" + id + "/audience?from="
                        + form.getCountedOn() + "&to=" + form.getCountedOn())).body(saved)
                : ResponseEntity.ok(saved);
    }

    /** The body's fields as text, as a form would send them; null when it is not a JSON object. */
    private Map<String, String> values(String body) {
        JsonNode document;
        try {
            document = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
        if (document == null || !document.isObject()) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("countedOn", "followers", "fans")) {
            JsonNode value = document.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            // Objects, arrays and booleans are no count and no date: the binder calls them a type mismatch.
            values.put(field, value.isNumber() || value.isString() ? value.asString() : "\u0000");
        }
        return values;
    }
}
