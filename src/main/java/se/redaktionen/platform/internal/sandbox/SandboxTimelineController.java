package se.redaktionen.platform.internal.sandbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;

/**
 * A practice channel's timeline, for all staff: what has been published there, newest first, each
 * with its thread. Anyone may play "the public" and comment, which the channel then reads in as a
 * response like any platform's.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SandboxTimelineController {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;

    private final SandboxTimeline timeline;

    SandboxTimelineController(SandboxTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/channels/{id}/timeline")
    String timeline(@PathVariable long id, Model model) {
        model.addAttribute("channel", sandbox(id));
        model.addAttribute("threads", timeline.threads(id));
        model.addAttribute("maxName", MAX_NAME);
        model.addAttribute("maxText", MAX_TEXT);
        return "platform/timeline";
    }

    /** Playing the public: a comment on an entry, read in as a response at once. */
    @PostMapping("/channels/{id}/timeline/{entryId}/responses")
    String respond(@PathVariable long id, @PathVariable long entryId,
                   @RequestParam(defaultValue = "") String authorName, @RequestParam(defaultValue = "") String text,
                   RedirectAttributes redirect) {
        sandbox(id);
        if (!timeline.hasEntry(id, entryId)) {
            throw Refused.notFound();
        }
        if (authorName.isBlank() || text.isBlank() || authorName.length() > MAX_NAME || text.length() > MAX_TEXT) {
            redirect.addFlashAttribute("responseRefused", entryId);
            redirect.addFlashAttribute("typedName", authorName.length() > MAX_NAME ? "" : authorName);
            redirect.addFlashAttribute("typedText", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            return "redirect:/channels/" + id + "/timeline#entry-" + entryId;
        }
        timeline.respond(id, entryId, authorName, text);
        redirect.addFlashAttribute("responseTyped", entryId);
        return "redirect:/channels/" + id + "/timeline#entry-" + entryId;
    }

    private SandboxTimeline.TimelineChannel sandbox(long id) {
        return timeline.channel(id).orElseThrow(Refused::notFound);
    }
}
