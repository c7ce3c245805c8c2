package se.redaktionen.guideline.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.guideline.Guidelines;
import se.redaktionen.guideline.PendingAcknowledgement;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.web.LocalPath;

/** "Riktlinjer": everyone reads the guidelines and acknowledges the current version of each. */
@Controller
@RequestMapping("/guidelines")
@PreAuthorize("isAuthenticated()")
class GuidelineController {

    private final GuidelineRepository guidelines;
    private final GuidelineVersionRepository versions;
    private final AcknowledgementRepository acknowledgements;
    private final Guidelines api;
    private final People people;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    GuidelineController(GuidelineRepository guidelines, GuidelineVersionRepository versions,
                        AcknowledgementRepository acknowledgements, Guidelines api, People people,
                        MarkdownRenderer markdown, Clock clock) {
        this.guidelines = guidelines;
        this.versions = versions;
        this.acknowledgements = acknowledgements;
        this.api = api;
        this.people = people;
        this.markdown = markdown;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        Set<Long> pending = api.pendingFor(user.getPersonId()).stream()
                .map(PendingAcknowledgement::guidelineId).collect(Collectors.toSet());
        model.addAttribute("guidelines", guidelines.findAllByOrderByActiveDescTitleAsc());
        model.addAttribute("pending", pending);
        return "guideline/list";
    }

    /** {@code returnTo} is the post whose submission waits for this acknowledgement; the page links back to it. */
    @GetMapping("/{id}")
    String current(@PathVariable long id, @RequestParam(required = false) String returnTo,
                   @AuthenticationPrincipal StaffUser user, Model model) {
        Guideline guideline = guidelines.findById(id).orElseThrow(Refused::notFound);
        LocalPath.of(returnTo).ifPresent(path -> {
            model.addAttribute("returnTo", path);
            model.addAttribute("otherPending", api.pendingFor(user.getPersonId()).stream()
                    .filter(g -> g.guidelineId() != id).toList());
        });
        return show(guideline, guideline.getCurrentVersion(), user, model);
    }

    @GetMapping("/{id}/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal StaffUser user,
                   Model model) {
        Guideline guideline = guidelines.findById(id).orElseThrow(Refused::notFound);
        return show(guideline, number, user, model);
    }

    /**
     * Acknowledges the version the person was shown. If a newer one was published meanwhile, they
     * are told and shown the new text instead: nobody acknowledges a text they have not seen.
     */
    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam int version,
                       @RequestParam(required = false) String returnTo, @AuthenticationPrincipal StaffUser user,
                       RedirectAttributes redirect) {
        Guideline guideline = guidelines.findById(id).orElseThrow(Refused::notFound);
        LocalPath.of(returnTo).ifPresent(path -> redirect.addAttribute("returnTo", path));
        if (version != guideline.getCurrentVersion() || !guideline.isActive()) {
            redirect.addFlashAttribute("refused", "guideline.acknowledge.outdated");
            return "redirect:/guidelines/" + id;
        }
        GuidelineVersion current = versions.findByGuidelineIdAndNumber(id, version)
                .orElseThrow(Refused::notFound);
        if (!acknowledgements.existsByGuidelineVersionIdAndPersonId(current.getId(), user.getPersonId())) {
            try {
                acknowledgements.save(new Acknowledgement(current.getId(), user.getPersonId(), clock.instant()));
            } catch (DataIntegrityViolationException alreadyAcknowledgedInAnotherTab) {
                // The unique constraint kept the first acknowledgement; the outcome is the same.
            }
        }
        redirect.addFlashAttribute("acknowledged", true);
        return "redirect:/guidelines/" + id;
    }

    private String show(Guideline guideline, int number, StaffUser user, Model model) {
        GuidelineVersion version = versions.findByGuidelineIdAndNumber(guideline.getId(), number)
                .orElseThrow(Refused::notFound);
        List<GuidelineVersion> history = versions.findByGuidelineIdOrderByNumberDesc(guideline.getId());
        Map<Long, String> publishers = history.stream().map(GuidelineVersion::getPublishedBy).distinct()
                .collect(Collectors.toMap(Function.identity(),
                        pid -> people.findById(pid).map(PersonSummary::displayName).orElse("?")));
        model.addAttribute("guideline", guideline);
        model.addAttribute("shown", version);
        model.addAttribute("shownIsCurrent", number == guideline.getCurrentVersion());
        model.addAttribute("bodyHtml", markdown.toSafeHtml(version.getBody()));
        model.addAttribute("history", history);
        model.addAttribute("publishers", publishers);
        model.addAttribute("acknowledgedByMe",
                acknowledgements.existsByGuidelineVersionIdAndPersonId(version.getId(), user.getPersonId()));
        return "guideline/show";
    }
}
