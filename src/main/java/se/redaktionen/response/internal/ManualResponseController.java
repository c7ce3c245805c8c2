package se.redaktionen.response.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostDirectory;
import se.redaktionen.post.PostReference;
import se.redaktionen.response.ResponseKind;

/**
 * Everyone logs a response that reached the library elsewhere (a phone call about a post, a channel
 * without an API, a retired account's history). Logging the same platform id on a channel twice
 * points to the response already there instead of storing a second one.
 */
@Controller
@RequestMapping("/responses/new")
@PreAuthorize("isAuthenticated()")
class ManualResponseController {

    private static final String FORM = "response/new";

    private final ResponseRecorder recorder;
    private final ResponseRepository responses;
    private final ResponseAccess access;
    private final Channels channels;
    private final People people;
    private final PostDirectory posts;
    private final Clock clock;
    private final ZoneId zone;

    ManualResponseController(ResponseRecorder recorder, ResponseRepository responses, ResponseAccess access,
                             Channels channels, People people, PostDirectory posts, Clock clock,
                             RedaktionenProperties properties) {
        this.recorder = recorder;
        this.responses = responses;
        this.access = access;
        this.channels = channels;
        this.people = people;
        this.posts = posts;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("channels", channels.all());
        model.addAttribute("kinds", ResponseKind.values());
        model.addAttribute("maxText", ManualResponseForm.MAX_TEXT);
    }

    @GetMapping
    String form(Model model) {
        ManualResponseForm form = new ManualResponseForm();
        ZonedDateTime now = clock.instant().atZone(zone).truncatedTo(ChronoUnit.MINUTES);
        form.setReceivedOn(now.toLocalDate());
        form.setReceivedTime(now.toLocalTime());
        model.addAttribute("manualResponseForm", form);
        return FORM;
    }

    @PostMapping
    String log(@Valid @ModelAttribute ManualResponseForm manualResponseForm, BindingResult result,
               @AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
        ManualResponseForm form = manualResponseForm;
        if (form.getChannelId() != null && channels.find(form.getChannelId()).isEmpty()) {
            result.rejectValue("channelId", "response.log.channelUnknown");
        }
        Instant receivedAt = null;
        if (form.getReceivedOn() != null && form.getReceivedTime() != null) {
            receivedAt = form.getReceivedOn().atTime(form.getReceivedTime()).atZone(zone).toInstant();
            if (receivedAt.isAfter(clock.instant())) {
                result.rejectValue("receivedOn", "response.log.future");
            }
        }
        if (form.getPostId() != null && form.getPostId() > 0 && !result.hasFieldErrors("postId")) {
            Optional<PostReference> post = posts.find(form.getPostId());
            if (post.isEmpty()) {
                result.rejectValue("postId", "response.log.postUnknown");
            } else if (!user.isAtLeastEditor() && post.get().authorId() != user.getPersonId()
                    && post.get().senderId() != user.getPersonId()) {
                result.rejectValue("postId", "response.log.postNotYours");
            }
        }
        if (result.hasErrors()) {
            return FORM;
        }
        String platformId = form.getPlatformId() != null ? form.getPlatformId() : "manual-" + UUID.randomUUID();
        Optional<Response> existing = responses.findByChannelIdAndPlatformId(form.getChannelId(), platformId);
        if (existing.isPresent()) {
            return duplicate(existing.get(), model);
        }
        ResponseRecorder.Recorded recorded;
        try {
            recorded = recorder.record(new ResponseRecorder.Incoming(form.getChannelId(), platformId, form.getKind(),
                    null, null, form.getAuthorName(), form.getAuthorHandle(), form.getText(), receivedAt,
                    Response.Source.MANUAL, user.getPersonId()), form.getPostId());
        } catch (DataIntegrityViolationException raced) {
            return duplicate(responses.findByChannelIdAndPlatformId(form.getChannelId(), platformId).orElseThrow(),
                    model);
        }
        if (!recorded.created()) {
            return duplicate(recorded.response(), model);
        }
        Response response = recorded.response();
        if (access.mayHandle(response, user)) {
            redirect.addFlashAttribute("done", "logged");
            return "redirect:/responses/" + response.getId();
        }
        redirect.addFlashAttribute("loggedFor", response.getAssigneeId() == null ? null
                : people.findById(response.getAssigneeId()).map(PersonSummary::displayName).orElse(null));
        redirect.addFlashAttribute("loggedId", response.getId());
        return "redirect:/responses/new";
    }

    private String duplicate(Response existing, Model model) {
        model.addAttribute("duplicate", existing.getId());
        return FORM;
    }
}
