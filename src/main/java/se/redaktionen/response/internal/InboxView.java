package se.redaktionen.response.internal;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.response.ResponseState;
import se.redaktionen.response.Responses;
import se.redaktionen.web.SearchTerms;

/**
 * What the inbox page shows for a filter: the tabs with their counts, one page of rows with how late
 * each is, the links to other tabs and pages, and for one channel its supervision and poll trouble.
 */
@Service
@Transactional(readOnly = true)
class InboxView {

    private final ResponseInbox inbox;
    private final ResponseAccess access;
    private final ResponseDeadlines deadlines;
    private final Supervisions supervisions;
    private final Responses responses;
    private final Channels channels;
    private final People people;
    private final Clock clock;

    InboxView(ResponseInbox inbox, ResponseAccess access, ResponseDeadlines deadlines, Supervisions supervisions,
              Responses responses, Channels channels, People people, Clock clock) {
        this.inbox = inbox;
        this.access = access;
        this.deadlines = deadlines;
        this.supervisions = supervisions;
        this.responses = responses;
        this.channels = channels;
        this.people = people;
        this.clock = clock;
    }

    public record LastSupervision(Instant at, String by, int openCount) {
    }

    /** The page's model, under the names the template reads. */
    Map<String, Object> model(InboxFilter filter, StaffUser user, Locale locale) {
        boolean editor = user.isAtLeastEditor();
        ResponseInbox.View tab = filter.tab();
        List<ChannelSummary> allChannels = channels.all();
        Long channelId = filter.channelId(allChannels);
        Instant now = clock.instant();
        ResponseInbox.Due lateness = filter.lateness();
        Instant receivedBefore = lateness == null ? null : lateness == ResponseInbox.Due.OVERDUE
                ? deadlines.overdueIfReceivedBefore(now) : deadlines.escalatedIfReceivedBefore(now);
        SearchTerms search = filter.search();
        ResponseInbox.Query query = new ResponseInbox.Query(tab, user.getPersonId(),
                access.branchScope(user.getPersonId()), channelId, filter.states(), receivedBefore, search, editor);
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
        int page = Math.min(filter.pageNumber(), pages);
        List<ResponseInbox.Row> rows = inbox.page(query, page - 1);
        Instant overdueBefore = deadlines.overdueIfReceivedBefore(now);
        Instant escalatedBefore = deadlines.escalatedIfReceivedBefore(now);
        Map<Long, PersonSummary> persons = people.everyone().stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("tab", tab);
        model.put("tabs", counts);
        model.put("rows", rows);
        model.put("late", rows.stream().filter(r -> r.state().open())
                .filter(r -> r.receivedAt().isBefore(overdueBefore))
                .collect(Collectors.toMap(ResponseInbox.Row::id,
                        r -> r.receivedAt().isBefore(escalatedBefore) ? "escalated" : "overdue")));
        model.put("channelNames", allChannels.stream()
                .collect(Collectors.toMap(ChannelSummary::id, ChannelSummary::name)));
        model.put("persons", persons);
        model.put("channels", allChannels);
        model.put("states", ResponseState.values());
        model.put("filterChannel", channelId);
        model.put("filterState", filter.stateFilter());
        model.put("filterDue", filter.dueParam());
        model.put("filterIgnored", filter.ignored(allChannels));
        model.put("total", shown(total, locale));
        model.put("page", page);
        model.put("pages", pages);
        model.put("pagesShown", total > ResponseInbox.COUNT_CAP ? pages + "+" : String.valueOf(pages));
        model.put("editor", editor);
        model.put("admin", user.getRole() == Role.ADMIN);
        InboxLinks links = new InboxLinks(channelId, filter.stateFilter(), lateness, search);
        model.put("pageLinks", links.pages(tab, page, pages));
        model.put("tabLinks", links.tabs(counts.keySet()));
        model.put("search", search);
        model.put("tabParam", tab.param());
        if (channelId != null && editor) {
            long id = channelId;
            model.put("supervisedChannel", allChannels.stream().filter(c -> c.id() == id).findFirst().orElseThrow());
            model.put("lastSupervision", supervisions.latest(id, 1).stream().findFirst()
                    .map(e -> new LastSupervision(e.supervisedAt(), Optional.ofNullable(persons.get(e.supervisedBy()))
                            .map(PersonSummary::displayName).orElse("?"), e.openCount()))
                    .orElse(null));
            model.put("intervalDays", supervisions.intervalDays(id));
        }
        if (channelId != null) {
            long id = channelId;
            model.put("pollProblem", responses.pollProblems().stream().filter(p -> p.channelId() == id)
                    .findFirst().orElse(null));
        }
        return model;
    }

    /** A count as the tabs show it; past the cap, "10 000+". */
    private static String shown(long count, Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        return count > ResponseInbox.COUNT_CAP ? format.format(ResponseInbox.COUNT_CAP) + "+" : format.format(count);
    }
}
