package se.redaktionen.response.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;

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

    private final ManualResponses manual;
    private final ResponseAccess access;
    private final Channels channels;
    private final People people;
    private final Clock clock;
    private final ZoneId zone;

    ManualResponseController(ManualResponses manual, ResponseAccess access, Channels channels, People people,
                             Clock clock, RedaktionenProperties properties) {
        this.manual = manual;
        this.access = access;
        this.channels = channels;
        this.people = people;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("channels", channels.all());
        model.addAttribute("kinds", ResponseKind.values());
        model.addAttribute("maxText", ManualResponse.MAX_TEXT);
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
        ManualResponse typed = manualResponseForm.response(zone);
        ManualResponses.Logged logged = result.hasErrors()
                ? new ManualResponses.Logged(manual.problems(typed, user), null) : manual.log(typed, user);
        ManualResponseForm.reject(logged.problems(), result);
        if (result.hasErrors()) {
            return FORM;
        }
        if (!logged.recorded().created()) {
            return duplicate(logged.recorded().response(), model);
        }
        Response response = logged.recorded().response();
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
