package se.redaktionen.publishing.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;

/** Editors act on one publication from the post page: retry a failed one, cancel, or record a manual one. */
@Controller
@RequestMapping("/publications/{id}")
@PreAuthorize("hasRole('EDITOR')")
class PublicationController {

    private final Publications publications;

    PublicationController(Publications publications) {
        this.publications = publications;
    }

    @PostMapping("/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "retried", () -> publications.retry(id));
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "cancelled", () -> publications.cancel(id));
    }

    @PostMapping("/published")
    String publishedByHand(@PathVariable long id, @RequestParam(defaultValue = "") String url,
                           @AuthenticationPrincipal StaffUser editor, RedirectAttributes redirect) {
        return act(id, redirect, "publishedByHand",
                () -> publications.markPublishedByHand(id, url, editor.getPersonId()));
    }

    private String act(long id, RedirectAttributes redirect, String done, java.util.function.Supplier<PublicationView> action) {
        PublicationView publication = publications.find(id);
        try {
            action.get();
            redirect.addFlashAttribute("publicationDone", done);
            redirect.addFlashAttribute("publicationChannel", publication.channelName());
        } catch (Refused refused) {
            redirect.addFlashAttribute("publicationRefusal", refused.getMessageKey());
        }
        return publication.postId() != null ? "redirect:/posts/" + publication.postId() + "#publications"
                : "redirect:/responses/" + publication.responseId();
    }
}
