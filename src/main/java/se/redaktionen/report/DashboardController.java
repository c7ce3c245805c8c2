package se.redaktionen.report;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.redaktionen.guideline.Guidelines;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.publishing.Publications;

/** The start page after login: who you are, and what the editorial group must know now. */
@Controller
@PreAuthorize("isAuthenticated()")
class DashboardController {

    private final People people;
    private final Guidelines guidelines;
    private final Publications publications;

    DashboardController(People people, Guidelines guidelines, Publications publications) {
        this.people = people;
        this.guidelines = guidelines;
        this.publications = publications;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("me", people.findByUsername(user.getUsername()).orElseThrow());
        model.addAttribute("coverage", people.editorialCoverage());
        model.addAttribute("pendingGuidelines", guidelines.pendingFor(user.getPersonId()));
        model.addAttribute("publishingAlerts", publications.alerts());
        return "report/dashboard";
    }
}
