package se.redaktionen.event.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.redaktionen.event.EventSummary;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.People;

/** An event in the shape the public API gives it, with its branch by name. */
@Component
public class EventSummaries {

    private final People people;

    EventSummaries(People people) {
        this.people = people;
    }

    public List<EventSummary> of(List<Event> events) {
        Map<Long, String> names = branchNames();
        return events.stream().map(e -> of(e, names)).toList();
    }

    EventSummary of(Event e, Map<Long, String> branchNames) {
        return new EventSummary(e.getId(), e.getTitle(), e.getKind(),
                e.getBranchId() == null ? null : branchNames.get(e.getBranchId()), e.getVenue(), e.getStartsAt(),
                e.getEndsAt(), e.getHashtag(), e.getResponsibleId(), e.getTeamIds(), e.getChannelIds(), e.window(),
                e.isThreadOnX());
    }

    Map<Long, String> branchNames() {
        return people.branches().stream().collect(Collectors.toMap(BranchSummary::id, BranchSummary::name));
    }
}
