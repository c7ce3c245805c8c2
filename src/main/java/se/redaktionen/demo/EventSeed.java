package se.redaktionen.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.event.EventDemo;
import se.redaktionen.event.EventKind;
import se.redaktionen.event.LiveWindow;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.People;

/**
 * The events of {@code events.csv}: the international book fair of the last May that is over, an author
 * visit a few weeks ago, and an author visit in Tumba this evening whose live window is open as the demo
 * starts, so that a newcomer can try live coverage at once. Each is planned two weeks before it happens.
 */
@Component
@DemoMode
class EventSeed {

    /** Planned this long before they happen. */
    private static final Duration PLANNED_BEFORE = Duration.ofDays(14);

    private final EventDemo events;
    private final People people;
    private final Channels channels;
    private final DemoPeople demoPeople;
    private final DemoClock clock;
    private final ZoneId zone;

    EventSeed(EventDemo events, People people, Channels channels, DemoPeople demoPeople, DemoClock clock,
              RedaktionenProperties properties) {
        this.events = events;
        this.people = people;
        this.channels = channels;
        this.demoPeople = demoPeople;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    void seed() {
        if (events.hasEvents()) {
            return;
        }
        Instant now = clock.realInstant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (CSVRecord e : DemoCsv.read("events.csv")) {
            LocalDate day = day(e.get("when"), today);
            Instant start = day.atTime(LocalTime.parse(e.get("start"))).atZone(zone).toInstant();
            Instant end = day.atTime(LocalTime.parse(e.get("end"))).atZone(zone).toInstant();
            if (e.get("when").equals("TONIGHT")) {
                tonight(e, start, end, now);
            } else {
                add(e, start, end, LiveWindow.around(start, end));
            }
        }
    }

    /** The book fair is on the second Saturday of May, of this year if that is over, else of last year. */
    private static LocalDate day(String when, LocalDate today) {
        if (when.equals("MAY")) {
            LocalDate fair = secondSaturdayOfMay(today.getYear());
            return fair.isBefore(today) ? fair : secondSaturdayOfMay(today.getYear() - 1);
        }
        if (when.startsWith("DAYS_AGO ")) {
            return today.minusDays(Long.parseLong(when.substring("DAYS_AGO ".length())));
        }
        return today;
    }

    private static LocalDate secondSaturdayOfMay(int year) {
        return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY));
    }

    /**
     * This evening's event, its live window open now whenever the demo starts: before the window would open
     * it opens now; after the evening is over the event starts now instead, for as long as it would have.
     */
    private void tonight(CSVRecord e, Instant start, Instant end, Instant now) {
        LiveWindow usual = LiveWindow.around(start, end);
        if (now.isBefore(usual.opens())) {
            add(e, start, end, new LiveWindow(now.truncatedTo(ChronoUnit.MINUTES), usual.closes(), false));
        } else if (usual.openAt(now)) {
            add(e, start, end, usual);
        } else {
            Instant later = now.truncatedTo(ChronoUnit.MINUTES);
            Instant laterEnd = later.plus(Duration.between(start, end));
            add(e, later, laterEnd, LiveWindow.around(later, laterEnd));
        }
    }

    private void add(CSVRecord e, Instant start, Instant end, LiveWindow window) {
        String branch = DemoCsv.text(e, "branch");
        Long branchId = branch == null ? null : people.branches().stream().filter(b -> b.name().equals(branch))
                .map(BranchSummary::id).findFirst().orElseThrow();
        Set<Long> team = Arrays.stream(e.get("team").split("\\|")).map(demoPeople::id).collect(Collectors.toSet());
        Set<Long> on = Arrays.stream(e.get("channels").split("\\|")).map(this::channel).collect(Collectors.toSet());
        EventDemo.NewEvent event = new EventDemo.NewEvent(e.get("title"), EventKind.valueOf(e.get("kind")), branchId,
                DemoCsv.text(e, "venue"), start, end, e.get("description"), DemoCsv.text(e, "hashtag"),
                demoPeople.id(e.get("responsible")), team, on, window, Boolean.parseBoolean(e.get("thread_on_x")));
        clock.at(start.minus(PLANNED_BEFORE), () -> events.add(event));
    }

    private long channel(String name) {
        return channels.active().stream().filter(c -> c.name().equals(name)).map(ChannelSummary::id).findFirst()
                .orElseThrow();
    }
}
