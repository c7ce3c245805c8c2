package se.redaktionen.post.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.post.CalendarItem;
import se.redaktionen.post.CalendarItems;
import se.redaktionen.post.PostState;
import se.redaktionen.DateRange;

/**
 * Week and month views of the scheduled and published posts across all channels, with what other modules
 * put beside them ({@link CalendarItems}: the events), in Stockholm time. A
 * date that cannot be read or lies outside {@link DateRange} shows today's period and says so.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CalendarController {

    private final PostRepository posts;
    private final Channels channels;
    private final People people;
    private final RedaktionenProperties properties;
    private final Clock clock;
    private final ObjectProvider<CalendarItems> others;

    CalendarController(PostRepository posts, Channels channels, People people, RedaktionenProperties properties,
                       Clock clock, ObjectProvider<CalendarItems> others) {
        this.posts = posts;
        this.channels = channels;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
        this.others = others;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(defaultValue = "week") String view,
                    @RequestParam(required = false) String date, @RequestParam(required = false) String branch,
                    @RequestParam(required = false) Long channel, Model model) {
        boolean month = "month".equals(view);
        LocalDate anchor = LocalDate.now(clock.withZone(properties.timeZone()));
        if (date != null && !date.isBlank()) {
            try {
                anchor = DateRange.parse(date);
            } catch (DateTimeParseException unreadable) {
                model.addAttribute("dateInvalid", true);
            }
        }
        CalendarPeriod period = month ? CalendarPeriod.month(anchor, properties.timeZone())
                : CalendarPeriod.week(anchor, properties.timeZone());
        Map<Long, PersonSummary> senders = new java.util.HashMap<>();
        List<CalendarEntry> timed = posts.findInCalendar(period.start(), period.end()).stream()
                .filter(e -> channel == null
                        || e.post().getChannels().stream().anyMatch(t -> t.getChannelId() == channel))
                .filter(e -> {
                    PersonSummary sender = senders.computeIfAbsent(e.post().getSenderId(),
                            id -> people.findById(id).orElseThrow());
                    return branch == null || branch.isBlank() || sender.branchName().equals(branch);
                })
                .toList();
        List<CalendarItem> items = others.orderedStream().flatMap(o -> o.between(period.start(), period.end()).stream())
                .filter(i -> channel == null || i.channelIds().contains(channel))
                .filter(i -> branch == null || branch.isBlank() || branch.equals(i.branchName()))
                .toList();
        // An item that began before the period is shown on its first day.
        model.addAttribute("items", period.byDay(items, i -> i.start().isBefore(period.start()) ? period.start()
                : i.start()));
        model.addAttribute("view", month ? "month" : "week");
        model.addAttribute("anchor", anchor);
        model.addAttribute("period", period);
        model.addAttribute("days", period.byDay(timed, CalendarEntry::at));
        model.addAttribute("today", LocalDate.now(clock.withZone(properties.timeZone())));
        model.addAttribute("weeks", partition(period.days()));
        model.addAttribute("previous", month ? anchor.minusMonths(1) : anchor.minusWeeks(1));
        model.addAttribute("next", month ? anchor.plusMonths(1) : anchor.plusWeeks(1));
        model.addAttribute("senders", senders);
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("channelNames", channels.all().stream()
                .collect(Collectors.toMap(ChannelSummary::id, ChannelSummary::name)));
        model.addAttribute("channels", channels.all());
        model.addAttribute("branches", people.activeBranchNames());
        model.addAttribute("filterBranch", branch);
        model.addAttribute("filterChannel", channel);
        return "post/calendar";
    }

    private static List<List<LocalDate>> partition(List<LocalDate> days) {
        List<List<LocalDate>> weeks = new java.util.ArrayList<>();
        for (int i = 0; i < days.size(); i += 7) {
            weeks.add(days.subList(i, Math.min(i + 7, days.size())));
        }
        return weeks;
    }
}
