package se.redaktionen.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.redaktionen.guideline.Guidelines;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.publishing.Publications;
import se.redaktionen.response.Responses;

/** The start page after login: who you are, and what the editorial group must know now. */
@Controller
@PreAuthorize("isAuthenticated()")
class DashboardController {

    private final People people;
    private final Guidelines guidelines;
    private final Publications publications;
    private final Responses responses;
    private final Figures figures;
    private final Clock clock;

    DashboardController(People people, Guidelines guidelines, Publications publications, Responses responses,
                        Figures figures, Clock clock) {
        this.people = people;
        this.figures = figures;
        this.clock = clock;
        this.guidelines = guidelines;
        this.publications = publications;
        this.responses = responses;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, Model model) {
        model.addAttribute("me", people.findByUsername(user.getUsername()).orElseThrow());
        model.addAttribute("coverage", people.editorialCoverage());
        model.addAttribute("pendingGuidelines", guidelines.pendingFor(user.getPersonId()));
        model.addAttribute("publishingAlerts", publications.alerts());
        if (user.getRole() != Role.STAFF) {
            model.addAttribute("responseOverview", responses.overviewFor(user.getPersonId(), true));
            model.addAttribute("unsupervised", responses.unsupervisedChannels());
            model.addAttribute("pollProblems", responses.pollProblems());
        }
        FigurePeriod period = FigurePeriod.parse(from, to, LocalDate.now(clock.withZone(figures.zone())));
        model.addAttribute("figurePeriod", period);
        model.addAttribute("figures", figures.perChannel(period));
        return "report/dashboard";
    }
}
