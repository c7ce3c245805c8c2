package se.redaktionen.event.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.guideline.RuleChecks;
import se.redaktionen.guideline.RuleKind;
import se.redaktionen.guideline.Violation;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;

/** Puts names to events' ids for the pages and the API, with each window's state at the clock's time. */
@Component
@Transactional(readOnly = true)
class EventViews {

    private final People people;
    private final Channels channels;
    private final RuleChecks rules;
    private final EventSummaries summaries;
    private final Clock clock;

    EventViews(People people, Channels channels, RuleChecks rules, EventSummaries summaries, Clock clock) {
        this.people = people;
        this.channels = channels;
        this.rules = rules;
        this.summaries = summaries;
        this.clock = clock;
    }

    /** One event, with the guidelines' advice on its hashtag. */
    EventDetails details(Event event) {
        EventDetails d = list(List.of(event)).get(0);
        return new EventDetails(event, d.branchName(), d.responsible(), d.team(), d.channels(), d.windowState(),
                d.cancelledBy(), hashtagAdvice(event.getHashtag()));
    }

    /** A page of events, the names looked up once for all of them. */
    List<EventDetails> list(List<Event> events) {
        Map<Long, String> branchNames = summaries.branchNames();
        Map<Long, PersonSummary> everyone = people.everyone().stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<ChannelSummary> allChannels = channels.all();
        Instant now = clock.instant();
        return events.stream().map(e -> new EventDetails(e,
                e.getBranchId() == null ? null : branchNames.get(e.getBranchId()), everyone.get(e.getResponsibleId()),
                e.getTeamIds().stream().map(everyone::get).sorted(Comparator.comparing(PersonSummary::displayName))
                        .toList(),
                allChannels.stream().filter(c -> e.getChannelIds().contains(c.id())).toList(), e.window().at(now),
                e.getCancelledBy() == null ? null : everyone.get(e.getCancelledBy()), List.of())).toList();
    }

    /** The guidelines' advice on writing a hashtag (CamelCase for screen readers), as the text check gives it. */
    private List<Violation> hashtagAdvice(String hashtag) {
        return hashtag == null ? List.of() : rules.check("#" + hashtag).stream()
                .filter(v -> v.kind() == RuleKind.HASHTAG_CAMEL_CASE).toList();
    }
}
