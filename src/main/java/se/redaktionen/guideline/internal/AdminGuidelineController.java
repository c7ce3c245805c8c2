package se.redaktionen.guideline.internal;

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

import se.redaktionen.Refused;
import se.redaktionen.guideline.GuidelineSource;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;

/** Admins write guidelines, publish new versions and see who has acknowledged each version. */
@Controller
@RequestMapping("/admin/guidelines")
@PreAuthorize("hasRole('ADMIN')")
class AdminGuidelineController {

    private static final String FORM = "guideline/form";

    private final GuidelineRepository guidelines;
    private final GuidelineVersionRepository versions;
    private final AcknowledgementRepository acknowledgements;
    private final People people;
    private final Clock clock;

    AdminGuidelineController(GuidelineRepository guidelines, GuidelineVersionRepository versions,
                             AcknowledgementRepository acknowledgements, People people, Clock clock) {
        this.guidelines = guidelines;
        this.versions = versions;
        this.acknowledgements = acknowledgements;
        this.people = people;
        this.clock = clock;
    }

    @ModelAttribute("sources")
    GuidelineSource[] sources() {
        return GuidelineSource.values();
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("guidelineForm", new GuidelineForm());
        return FORM;
    }

    @PostMapping("/new")
    @Transactional
    String create(@Valid @ModelAttribute GuidelineForm guidelineForm, BindingResult result,
                  @AuthenticationPrincipal StaffUser admin, RedirectAttributes redirect) {
        rejectDuplicateTitle(guidelineForm, null, result);
        if (result.hasErrors()) {
            return FORM;
        }
        Guideline guideline = guidelines.save(new Guideline(guidelineForm.getTitle(), guidelineForm.getSource(),
                clock.instant()));
        versions.save(guideline.publish(guidelineForm.getTitle(), guidelineForm.getBody(),
                guidelineForm.getChangeNote(), admin.getPersonId(), clock.instant()));
        redirect.addFlashAttribute("published", guideline.getCurrentVersion());
        return "redirect:/guidelines/" + guideline.getId();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Guideline guideline = guidelines.findById(id).orElseThrow(Refused::notFound);
        GuidelineVersion current = versions.findByGuidelineIdAndNumber(id, guideline.getCurrentVersion())
                .orElseThrow(Refused::notFound);
        model.addAttribute("guideline", guideline);
        model.addAttribute("guidelineForm", GuidelineForm.of(guideline, current));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    @Transactional
    String publishVersion(@PathVariable long id, @Valid @ModelAttribute GuidelineForm guidelineForm,
                          BindingResult result, @AuthenticationPrincipal StaffUser admin, Model model,
                          RedirectAttributes redirect) {
        Guideline guideline = guidelines.findById(id).orElseThrow(Refused::notFound);
        model.addAttribute("guideline", guideline);
        if (guidelineForm.getVersion() != guideline.getVersion()) {
            result.reject("form.conflict");
        }
        rejectDuplicateTitle(guidelineForm, guideline.getId(), result);
        if (result.hasErrors()) {
            return FORM;
        }
        guideline.setSource(guidelineForm.getSource());
        versions.save(guideline.publish(guidelineForm.getTitle(), guidelineForm.getBody(),
                guidelineForm.getChangeNote(), admin.getPersonId(), clock.instant()));
        redirect.addFlashAttribute("published", guideline.getCurrentVersion());
        return "redirect:/guidelines/" + id;
    }

    @PostMapping("/{id}/deactivate")
    @Transactional
    String deactivate(@PathVariable long id) {
        guidelines.findById(id).orElseThrow(Refused::notFound).setActive(false);
        return "redirect:/guidelines/" + id;
    }

    @PostMapping("/{id}/activate")
    @Transactional
    String activate(@PathVariable long id) {
        guidelines.findById(id).orElseThrow(Refused::notFound).setActive(true);
        return "redirect:/guidelines/" + id;
    }

    /** Per version: which active people have acknowledged it (and when), and which have not. */
    @GetMapping("/{id}/acknowledgements")
    String acknowledgements(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        Guideline guideline = guidelines.findById(id).orElseThrow(Refused::notFound);
        int number = version == null ? guideline.getCurrentVersion() : version;
        GuidelineVersion shown = versions.findByGuidelineIdAndNumber(id, number)
                .orElseThrow(Refused::notFound);
        Map<Long, Acknowledgement> byPerson = acknowledgements.findByGuidelineVersionId(shown.getId()).stream()
                .collect(Collectors.toMap(Acknowledgement::getPersonId, Function.identity()));
        List<PersonSummary> active = people.activePeople();
        model.addAttribute("guideline", guideline);
        model.addAttribute("shown", shown);
        model.addAttribute("history", versions.findByGuidelineIdOrderByNumberDesc(id));
        model.addAttribute("acknowledged", active.stream().filter(p -> byPerson.containsKey(p.id()))
                .map(p -> new AcknowledgedBy(p, byPerson.get(p.id()))).toList());
        model.addAttribute("notYet", active.stream().filter(p -> !byPerson.containsKey(p.id())).toList());
        return "guideline/acknowledgements";
    }

    /** A row of the acknowledgement list. */
    record AcknowledgedBy(PersonSummary person, Acknowledgement acknowledgement) {
    }

    private void rejectDuplicateTitle(GuidelineForm form, Long ownId, BindingResult result) {
        if (!result.hasFieldErrors("title") && guidelines.findByTitleIgnoreCase(form.getTitle())
                .filter(g -> !g.getId().equals(ownId)).isPresent()) {
            result.rejectValue("title", "guideline.titleTaken");
        }
    }
}
