package se.redaktionen.response.internal;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.web.Htmx;

/**
 * The response inbox: tabs for mine, my branch and (editors) unassigned and all; a search in the text
 * and the author's name or handle; filters by channel, state and lateness; oldest open first. Filtered by one channel, editors record that they have gone
 * through its new responses, and admins set how often that must happen.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ResponseInboxController {

    static final int MIN_INTERVAL = 1;
    static final int MAX_INTERVAL = 90;

    private final InboxView view;
    private final ResponseInbox inbox;
    private final Supervisions supervisions;
    private final Channels channels;

    ResponseInboxController(InboxView view, ResponseInbox inbox, Supervisions supervisions, Channels channels) {
        this.view = view;
        this.inbox = inbox;
        this.supervisions = supervisions;
        this.channels = channels;
    }

    /**
     * Unknown filter values are ignored with a notice rather than refused; a staff member asking for
     * an editors' tab (unassigned, all) is refused with 403, as for every other editors' page. To htmx
     * the page answers with its results alone.
     */
    @GetMapping("/responses")
    String inbox(@ModelAttribute InboxFilter filter, @AuthenticationPrincipal StaffUser user, Locale locale,
                 HttpServletRequest request, Model model) {
        if (filter.tab().editorsOnly() && !user.isAtLeastEditor()) {
            throw new AccessDeniedException("the unassigned and all tabs are for editors");
        }
        model.addAllAttributes(view.model(filter, user, locale));
        return Htmx.pageOrRegion(request, model, "response/inbox", "results");
    }

    /** "I have gone through the new responses on this channel": recorded with how many were open. */
    @PostMapping("/responses/supervised")
    @PreAuthorize("hasRole('EDITOR')")
    String supervised(@RequestParam(required = false) String channel, @AuthenticationPrincipal StaffUser user,
                      RedirectAttributes redirect) {
        Optional<ChannelSummary> found = Optional.ofNullable(Lenient.parseLong(channel)).flatMap(channels::find);
        if (found.isEmpty()) {
            redirect.addFlashAttribute("refusal", "response.supervision.channelUnknown");
            return "redirect:/responses?view=all";
        }
        supervisions.record(found.get().id(), user.getPersonId(), inbox.openOnChannel(found.get().id()));
        redirect.addFlashAttribute("supervised", found.get().name());
        return "redirect:/responses?view=all&channel=" + found.get().id();
    }

    @PostMapping("/responses/supervision-interval")
    @PreAuthorize("hasRole('ADMIN')")
    String interval(@RequestParam(required = false) String channel, @RequestParam(required = false) String days,
                    RedirectAttributes redirect) {
        Optional<ChannelSummary> found = Optional.ofNullable(Lenient.parseLong(channel)).flatMap(channels::find);
        if (found.isEmpty()) {
            redirect.addFlashAttribute("refusal", "response.supervision.channelUnknown");
            return "redirect:/responses?view=all";
        }
        Long value = Lenient.parseLong(days);
        if (value == null || value < MIN_INTERVAL || value > MAX_INTERVAL) {
            redirect.addFlashAttribute("refusal", "response.supervision.intervalInvalid");
            redirect.addFlashAttribute("refusalArgs", new Object[] {MIN_INTERVAL, MAX_INTERVAL});
        } else {
            supervisions.setIntervalDays(found.get().id(), value.intValue());
            redirect.addFlashAttribute("intervalSet", value.intValue());
        }
        return "redirect:/responses?view=all&channel=" + found.get().id();
    }
}
