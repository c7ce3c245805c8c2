package se.redaktionen.event.internal;


import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.redaktionen.web.Htmx;

/** Everybody's view of events: the upcoming and the past ones, page by page, and each event's page. */
@Controller
@PreAuthorize("isAuthenticated()")
class EventPageController {

    static final int PAGE_SIZE = 20;

    private final EventListing listing;
    private final EventPlanning planning;
    private final EventViews views;

    EventPageController(EventListing listing, EventPlanning planning, EventViews views) {
        this.listing = listing;
        this.planning = planning;
        this.views = views;
    }

    /** {@code view=past} lists the events that are over, the latest first; an unreadable page is the first. */
    @GetMapping("/events")
    String list(@RequestParam(required = false) String view, @RequestParam(required = false) String page,
                HttpServletRequest request, Model model) {
        boolean past = "past".equals(view);
        EventListing.Page found = listing.page(past, number(page), PAGE_SIZE);
        model.addAttribute("past", past);
        model.addAttribute("events", views.list(found.events()));
        model.addAttribute("paging", found.paging(n -> "/events?" + (past ? "view=past&" : "") + "page=" + n));
        return Htmx.pageOrRegion(request, model, "event/list", "results");
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("details", views.details(planning.find(id)));
        return "event/show";
    }

    private static int number(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }
}
