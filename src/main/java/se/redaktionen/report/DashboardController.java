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
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostDirectory;
import se.redaktionen.publishing.Publications;
import se.redaktionen.response.ResponseOverview;
import se.redaktionen.response.Responses;

/** The start page after login: who you are, and what the editorial group must know now. */
@Controller
@PreAuthorize("isAuthenticated()")
class DashboardController {

    /** How many posts and responses each list of "your work" shows; the rest are a link away. */
    static final int SHOWN = 5;

    private final People people;
    private final Guidelines guidelines;
    private final Publications publications;
    private final Responses responses;
    private final PostDirectory posts;
    private final Figures figures;
    private final Clock clock;

    DashboardController(People people, Guidelines guidelines, Publications publications, Responses responses,
                        PostDirectory posts, Figures figures, Clock clock) {
        this.people = people;
        this.posts = posts;
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
        boolean editor = user.isAtLeastEditor();
        ResponseOverview overview = responses.overviewFor(user.getPersonId(), editor);
        yourWork(user.getPersonId(), overview, model);
        if (editor) {
            model.addAttribute("responseOverview", overview);
            model.addAttribute("unsupervised", responses.unsupervisedChannels());
            model.addAttribute("pollProblems", responses.pollProblems());
            model.addAttribute("reviewQueue", posts.waitingForReview());
            model.addAttribute("escalatedResponses", responses.escalated(SHOWN));
        }
        FigurePeriod period = FigurePeriod.parse(from, to, LocalDate.now(clock.withZone(figures.zone())));
        model.addAttribute("figurePeriod", period);
        model.addAttribute("figures", figures.perChannel(period));
        return "report/dashboard";
    }

    /** What the person must do: answer their open responses, finish their drafts, wait for review. */
    private void yourWork(long personId, ResponseOverview overview, Model model) {
        model.addAttribute("myOpenResponses", overview.mineOpen());
        model.addAttribute("myResponses", responses.openFor(personId, SHOWN));
        model.addAttribute("myDrafts", posts.draftsOf(personId, SHOWN));
        model.addAttribute("mySubmitted", posts.waitingForReviewOf(personId, SHOWN));
    }
}
