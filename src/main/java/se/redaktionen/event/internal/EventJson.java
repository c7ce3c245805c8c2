package se.redaktionen.event.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;

import se.redaktionen.event.EventKind;
import se.redaktionen.event.LiveWindow;
import se.redaktionen.web.TrimmedText;

/** The events API's records and their mapping to and from the page's form and details. */
final class EventJson {

    private EventJson() {
    }

    /**
     * An event as an editor sends it. Exactly one of {@code branchId} and {@code venue}; the window's ends may
     * be left out for the default (30 minutes before the start, 60 after the end). {@code version} is needed
     * to change an event: the one read.
     */
    record EventInput(String title, EventKind kind, Long branchId, String venue, OffsetDateTime startsAt,
                      OffsetDateTime endsAt, String description, String hashtag, Long responsibleId,
                      List<Long> teamIds, List<Long> channelIds, OffsetDateTime windowOpensAt,
                      OffsetDateTime windowClosesAt, Boolean threadOnX, Long version) {

        /** The page's form, filled as the binder would fill it: one-line texts trimmed, times in the zone. */
        EventForm form(ZoneId zone) {
            EventForm form = new EventForm();
            form.setTitle(TrimmedText.of(title));
            form.setKind(kind);
            form.setBranchId(branchId);
            form.setVenue(TrimmedText.of(venue));
            form.setStartsAt(local(startsAt, zone));
            form.setEndsAt(local(endsAt, zone));
            form.setDescription(description);
            form.setHashtag(TrimmedText.of(hashtag));
            form.setResponsibleId(responsibleId);
            form.setTeamIds(teamIds == null ? null : new java.util.ArrayList<>(teamIds));
            form.setChannelIds(channelIds == null ? null : new java.util.ArrayList<>(channelIds));
            form.setWindowOpensAt(local(windowOpensAt, zone));
            form.setWindowClosesAt(local(windowClosesAt, zone));
            form.setThreadOnX(Boolean.TRUE.equals(threadOnX));
            return form;
        }

        private static LocalDateTime local(OffsetDateTime time, ZoneId zone) {
            return time == null ? null : time.atZoneSameInstant(zone).toLocalDateTime();
        }
    }

    record Person(long id, String username, String displayName, String branch) {
    }

    record Channel(long id, String name, String kind, boolean practice) {
    }

    /** The live window: {@code state} is NOT_YET, OPEN, CLOSED or CANCELLED at the time of the answer. */
    record Window(OffsetDateTime opensAt, OffsetDateTime closesAt, LiveWindow.State state) {
    }

    record EventView(long id, String title, EventKind kind, Long branchId, String branch, String venue,
                     OffsetDateTime startsAt, OffsetDateTime endsAt, String description, String hashtag,
                     List<String> hashtagAdvice, Person responsible, List<Person> team, List<Channel> channels,
                     Window window, boolean threadOnX, boolean cancelled, OffsetDateTime cancelledAt, long version) {
    }

    /** One page of events: {@code page} counts from 0. */
    record EventPage(List<EventView> events, int page, int size, long total) {
    }

    static EventView view(EventDetails d, ZoneId zone) {
        Event e = d.event();
        return new EventView(e.getId(), e.getTitle(), e.getKind(), e.getBranchId(), d.branchName(), e.getVenue(),
                time(e.getStartsAt(), zone), time(e.getEndsAt(), zone), e.getDescription(), e.getHashtag(),
                d.hashtagAdvice().stream().map(v -> v.finding()).toList(), person(d.responsible()),
                d.team().stream().map(EventJson::person).toList(),
                d.channels().stream().map(c -> new Channel(c.id(), c.name(), c.kind().name(), c.practice())).toList(),
                new Window(time(e.window().opens(), zone), time(e.window().closes(), zone), d.windowState()),
                e.isThreadOnX(), e.isCancelled(), time(e.getCancelledAt(), zone), e.getVersion());
    }

    private static Person person(se.redaktionen.organisation.PersonSummary p) {
        return new Person(p.id(), p.username(), p.displayName(), p.branchName());
    }

    private static OffsetDateTime time(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
