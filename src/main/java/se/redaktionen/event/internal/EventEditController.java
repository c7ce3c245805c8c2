package se.redaktionen.event.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.event.EventKind;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;

/** The editorial group plans events: creates them, changes them and cancels them. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class EventEditController {

    private static final String FORM = "event/form";

    private final EventPlanning planning;
    private final People people;
    private final Channels channels;
    private final EventTimes times;

    EventEditController(EventPlanning planning, People people, Channels channels, EventTimes times) {
        this.planning = planning;
        this.people = people;
        this.channels = channels;
        this.times = times;
    }

    @ModelAttribute("kinds")
    EventKind[] kinds() {
        return EventKind.values();
    }

    @ModelAttribute("branches")
    List<BranchSummary> branches() {
        return people.branches().stream().filter(BranchSummary::active).toList();
    }

    @ModelAttribute("people")
    List<PersonSummary> activePeople() {
        return people.activePeople();
    }

    @ModelAttribute("editors")
    List<PersonSummary> editors() {
        return people.activePeople().stream().filter(p -> p.role().includes(Role.EDITOR)).toList();
    }

    @ModelAttribute("channels")
    List<ChannelSummary> activeChannels() {
        return channels.active();
    }

    /** A new event starts with the editor as its responsible and tomorrow evening as its time. */
    @GetMapping("/events/new")
    String createForm(@AuthenticationPrincipal StaffUser editor, Model model) {
        EventForm form = new EventForm();
        form.setResponsibleId(editor.getPersonId());
        form.setStartsAt(times.tomorrowAt(18));
        form.setEndsAt(times.tomorrowAt(20));
        model.addAttribute("eventForm", form);
        return FORM;
    }

    @PostMapping("/events/new")
    String create(@Valid @ModelAttribute EventForm eventForm, BindingResult result,
                  @AuthenticationPrincipal StaffUser editor, RedirectAttributes redirect) {
        planning.validate(eventForm, null, result);
        if (result.hasErrors()) {
            return FORM;
        }
        Event event = planning.create(eventForm, editor);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/events/" + event.getId();
    }

    @GetMapping("/events/{id}/edit")
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Event event = planning.find(id);
        if (event.isCancelled()) {
            redirect.addFlashAttribute("refusal", "event.cancelledStays");
            return "redirect:/events/" + id;
        }
        model.addAttribute("event", event);
        model.addAttribute("eventForm", times.form(event));
        return FORM;
    }

    @PostMapping("/events/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute EventForm eventForm, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Event event = planning.find(id);
        model.addAttribute("event", event);
        planning.validate(eventForm, event, result);
        if (result.hasErrors()) {
            return FORM;
        }
        planning.update(event, eventForm);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/events/" + id;
    }

    /** Kept with its record, marked cancelled; its live window closes for good. */
    @PostMapping("/events/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
                  @AuthenticationPrincipal StaffUser editor, RedirectAttributes redirect) {
        try {
            planning.cancel(id, version, editor);
            redirect.addFlashAttribute("cancelled", true);
        } catch (Refused refused) {
            if (refused.is(Refused.Kind.NOT_FOUND)) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", refused.getMessageKey());
        }
        return "redirect:/events/" + id;
    }
}
