package se.redaktionen.response.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.channel.ChannelDuties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.response.ResponseState;
import se.redaktionen.web.SearchTerms;

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
    static final String OPEN = "open";
    static final String ALL = "all";

    private final ResponseInbox inbox;
    private final ResponseDeadlines deadlines;
    private final Supervisions supervisions;
    private final Channels channels;
    private final ChannelDuties duties;
    private final People people;
    private final ResponseOverviewService responses;
    private final Clock clock;

    ResponseInboxController(ResponseInbox inbox, ResponseDeadlines deadlines, Supervisions supervisions,
                            Channels channels, ChannelDuties duties, People people, ResponseOverviewService responses,
                            Clock clock) {
        this.inbox = inbox;
        this.responses = responses;
        this.deadlines = deadlines;
        this.supervisions = supervisions;
        this.channels = channels;
        this.duties = duties;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Unknown filter values are ignored with a notice rather than refused; a staff member asking for
     * an editors' tab (unassigned, all) is refused with 403, as for every other editors' page.
     */
    @GetMapping("/responses")
    String inbox(@RequestParam(required = false) String view, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String channel,
                 @RequestParam(required = false) String state, @RequestParam(required = false) String due,
                 @RequestParam(required = false) String page, @AuthenticationPrincipal StaffUser user,
                 Locale locale, Model model) {
        boolean editor = user.getRole() != Role.STAFF;
        boolean ignored = false;
        ResponseInbox.View tab = Lenient.parse(ResponseInbox.View.class, view);
        if (tab == null) {
            ignored |= view != null && !view.isBlank();
            tab = ResponseInbox.View.MINE;
        }
        if (tab.editorsOnly() && !editor) {
            throw new AccessDeniedException("the unassigned and all tabs are for editors");
        }
        List<ChannelSummary> allChannels = channels.all();
        Long askedChannel = Lenient.parseLong(channel);
        Long channelId = askedChannel != null && allChannels.stream().anyMatch(c -> c.id() == askedChannel)
                ? askedChannel : null;
        ignored |= channelId == null && channel != null && !channel.isBlank();
        String stateFilter = OPEN;
        Set<ResponseState> states = EnumSet.of(ResponseState.NEW, ResponseState.ASSIGNED);
        if (ALL.equalsIgnoreCase(trim(state))) {
            stateFilter = ALL;
            states = EnumSet.allOf(ResponseState.class);
        } else if (Lenient.parse(ResponseState.class, state) != null) {
            states = EnumSet.of(Lenient.parse(ResponseState.class, state));
            stateFilter = states.iterator().next().name();
        } else {
            ignored |= state != null && !state.isBlank() && !OPEN.equalsIgnoreCase(state.strip());
        }
        ResponseInbox.Due lateness = Lenient.parse(ResponseInbox.Due.class, due);
        ignored |= lateness == null && due != null && !due.isBlank();
        Instant now = clock.instant();
        Instant receivedBefore = null;
        if (lateness != null) {
            states.retainAll(EnumSet.of(ResponseState.NEW, ResponseState.ASSIGNED));
            receivedBefore = lateness == ResponseInbox.Due.OVERDUE ? deadlines.overdueIfReceivedBefore(now)
                    : deadlines.escalatedIfReceivedBefore(now);
        }
        Long pageParam = Lenient.parseLong(page);
        ignored |= (pageParam == null || pageParam < 1) && page != null && !page.isBlank();
        int pageNumber = pageParam == null || pageParam < 1 || pageParam > Integer.MAX_VALUE ? 1
                : pageParam.intValue();

        List<PersonSummary> everyone = people.everyone();
        Map<Long, PersonSummary> persons = everyone.stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        String myBranch = Optional.ofNullable(persons.get(user.getPersonId())).map(PersonSummary::branchName)
                .orElse(null);
        List<Long> branchPeople = everyone.stream().filter(p -> Objects.equals(p.branchName(), myBranch))
                .map(PersonSummary::id).toList();
        Long myBranchId = people.branches().stream().filter(b -> b.name().equals(myBranch)).map(BranchSummary::id)
                .findFirst().orElse(null);
        List<Long> branchChannels = myBranchId == null ? List.of() : allChannels.stream()
                .filter(c -> duties.of(c.id()).map(d -> myBranchId.equals(d.branchId())).orElse(false))
                .map(ChannelSummary::id).toList();

        SearchTerms search = SearchTerms.of(q);
        ResponseInbox.Query query = new ResponseInbox.Query(tab, user.getPersonId(), branchPeople, branchChannels,
                channelId, states, receivedBefore, search, editor);
        Map<ResponseInbox.View, String> counts = new LinkedHashMap<>();
        long total = 0;
        for (ResponseInbox.View v : ResponseInbox.View.values()) {
            if (editor || !v.editorsOnly()) {
                long count = inbox.countUpToCap(query.withView(v));
                counts.put(v, shown(count, locale));
                total = v == tab ? count : total;
            }
        }
        int pages = (int) Math.max(1, (total + ResponseInbox.PAGE_SIZE - 1) / ResponseInbox.PAGE_SIZE);
        pageNumber = Math.min(pageNumber, pages);
        List<ResponseInbox.Row> rows = inbox.page(query, pageNumber - 1);
        Instant overdueBefore = deadlines.overdueIfReceivedBefore(now);
        Instant escalatedBefore = deadlines.escalatedIfReceivedBefore(now);

        model.addAttribute("tab", tab);
        model.addAttribute("tabs", counts);
        model.addAttribute("rows", rows);
        model.addAttribute("late", rows.stream().filter(r -> r.state().open())
                .filter(r -> r.receivedAt().isBefore(overdueBefore))
                .collect(Collectors.toMap(ResponseInbox.Row::id,
                        r -> r.receivedAt().isBefore(escalatedBefore) ? "escalated" : "overdue")));
        model.addAttribute("channelNames", allChannels.stream()
                .collect(Collectors.toMap(ChannelSummary::id, ChannelSummary::name)));
        model.addAttribute("persons", persons);
        model.addAttribute("channels", allChannels);
        model.addAttribute("states", ResponseState.values());
        model.addAttribute("filterChannel", channelId);
        model.addAttribute("filterState", stateFilter);
        model.addAttribute("filterDue", lateness == null ? null : lateness.name().toLowerCase(Locale.ROOT));
        model.addAttribute("filterIgnored", ignored);
        model.addAttribute("total", shown(total, locale));
        model.addAttribute("page", pageNumber);
        model.addAttribute("pages", pages);
        model.addAttribute("pagesShown", total > ResponseInbox.COUNT_CAP ? pages + "+" : String.valueOf(pages));
        model.addAttribute("editor", editor);
        model.addAttribute("admin", user.getRole() == Role.ADMIN);
        InboxLinks links = new InboxLinks(channelId, stateFilter, lateness, search);
        model.addAttribute("pageLinks", links.pages(tab, pageNumber, pages));
        model.addAttribute("tabLinks", links.tabs(counts.keySet()));
        model.addAttribute("search", search);
        model.addAttribute("tabParam", tab.param());
        if (channelId != null && editor) {
            long id = channelId;
            model.addAttribute("supervisedChannel", allChannels.stream().filter(c -> c.id() == id).findFirst()
                    .orElseThrow());
            model.addAttribute("lastSupervision", supervisions.latest(id, 1).stream().findFirst()
                    .map(e -> new LastSupervision(e.supervisedAt(), Optional.ofNullable(persons.get(e.supervisedBy()))
                            .map(PersonSummary::displayName).orElse("?"), e.openCount()))
                    .orElse(null));
            model.addAttribute("intervalDays", supervisions.intervalDays(id));
        }
        if (channelId != null) {
            long id = channelId;
            model.addAttribute("pollProblem", responses.pollProblems().stream().filter(p -> p.channelId() == id)
                    .findFirst().orElse(null));
        }
        return "response/inbox";
    }

    public record LastSupervision(Instant at, String by, int openCount) {
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

    /** A count as the tabs show it; past the cap, "10 000+". */
    private static String shown(long count, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getIntegerInstance(locale);
        return count > ResponseInbox.COUNT_CAP ? format.format(ResponseInbox.COUNT_CAP) + "+" : format.format(count);
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
