package se.redaktionen.event.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.Refused;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.event.LiveWindow;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;

/**
 * Creating, changing and cancelling events, for the pages and the API alike: one set of rules. What Bean
 * Validation cannot know is checked here — the place, the people, the channels and the times.
 */
@Service
@Transactional
class EventPlanning {

    private final EventRepository events;
    private final People people;
    private final Channels channels;
    private final Clock clock;
    private final ZoneId zone;

    EventPlanning(EventRepository events, People people, Channels channels, Clock clock,
                  RedaktionenProperties properties) {
        this.events = events;
        this.people = people;
        this.channels = channels;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    @Transactional(readOnly = true)
    Event find(long id) {
        return events.findById(id).orElseThrow(Refused::notFound);
    }

    /** Field errors for everything wrong with the form; {@code existing} is null for a new event. */
    @Transactional(readOnly = true)
    void validate(EventForm form, Event existing, BindingResult result) {
        if (existing != null && form.getVersion() != existing.getVersion()) {
            result.reject("form.conflict");
        }
        validatePlace(form, result);
        validatePeople(form, result);
        validateChannels(form, result);
        validateTimes(form, existing == null, result);
    }

    private void validatePlace(EventForm form, BindingResult result) {
        boolean branch = form.getBranchId() != null;
        boolean venue = form.getVenue() != null;
        if (branch && venue) {
            result.rejectValue("branchId", "event.placeBoth");
        } else if (!branch && !venue) {
            result.rejectValue("branchId", "event.placeRequired");
        } else if (branch && people.branches().stream().filter(BranchSummary::active)
                .noneMatch(b -> b.id() == form.getBranchId())) {
            result.rejectValue("branchId", "event.branchUnknown");
        }
    }

    private void validatePeople(EventForm form, BindingResult result) {
        if (form.getResponsibleId() != null) {
            Optional<PersonSummary> responsible = people.findById(form.getResponsibleId());
            if (responsible.isEmpty()) {
                result.rejectValue("responsibleId", "event.personUnknown");
            } else if (!responsible.get().active() || !responsible.get().role().includes(Role.EDITOR)) {
                result.rejectValue("responsibleId", "event.responsibleNotEditor");
            }
        }
        for (Long id : ids(form.getTeamIds())) {
            Optional<PersonSummary> member = people.findById(id);
            if (member.isEmpty()) {
                result.rejectValue("teamIds", "event.personUnknown");
                return;
            }
            if (!member.get().active()) {
                result.rejectValue("teamIds", "event.teamMemberInactive", new Object[] {member.get().displayName()},
                        null);
                return;
            }
        }
    }

    private void validateChannels(EventForm form, BindingResult result) {
        Map<Long, ChannelSummary> known = channels.all().stream()
                .collect(Collectors.toMap(ChannelSummary::id, Function.identity()));
        for (Long id : ids(form.getChannelIds())) {
            ChannelSummary channel = known.get(id);
            if (channel == null) {
                result.rejectValue("channelIds", "event.channelUnknown");
                return;
            }
            if (!channel.active()) {
                result.rejectValue("channelIds", "event.channelRetired");
                return;
            }
        }
    }

    private void validateTimes(EventForm form, boolean creating, BindingResult result) {
        if (form.getStartsAt() == null || form.getEndsAt() == null) {
            return;
        }
        Instant start = instant(form.getStartsAt());
        Instant end = instant(form.getEndsAt());
        if (!end.isAfter(start)) {
            result.rejectValue("endsAt", "event.endBeforeStart");
            return;
        }
        if (creating && start.isBefore(clock.instant())) {
            result.rejectValue("startsAt", "event.startInPast");
        }
        LiveWindow window = window(form, start, end);
        if (window.reversed()) {
            result.rejectValue("windowClosesAt", "event.windowReversed");
        } else if (window.tooLong()) {
            result.rejectValue("windowClosesAt", "event.windowTooLong", new Object[] {LiveWindow.LONGEST.toDays()},
                    null);
        }
    }

    Event create(EventForm form, StaffUser editor) {
        Event event = new Event(editor.getPersonId(), clock.instant());
        apply(event, form);
        return events.save(event);
    }

    Event update(Event event, EventForm form) {
        if (event.isCancelled()) {
            throw Refused.conflict("event.cancelledStays");
        }
        apply(event, form);
        return events.saveAndFlush(event);
    }

    /** Cancelling twice, or with a stale version, is refused: someone else acted first. */
    Event cancel(long id, long version, StaffUser editor) {
        Event event = find(id);
        if (event.isCancelled()) {
            throw Refused.conflict("event.alreadyCancelled");
        }
        if (event.getVersion() != version) {
            throw Refused.conflict("form.conflict");
        }
        event.cancel(editor.getPersonId(), clock.instant());
        return events.saveAndFlush(event);
    }

    private void apply(Event event, EventForm form) {
        Instant start = instant(form.getStartsAt());
        Instant end = instant(form.getEndsAt());
        event.describe(form.getTitle(), form.getKind(), form.getBranchId(), form.getVenue(), start, end,
                form.getDescription(), form.hashtagValue(), form.getResponsibleId());
        event.cover(ids(form.getTeamIds()), ids(form.getChannelIds()), window(form, start, end), form.isThreadOnX());
    }

    /** The window typed, each end left empty taking its default around the event. */
    private LiveWindow window(EventForm form, Instant start, Instant end) {
        LiveWindow standard = LiveWindow.around(start, end);
        return new LiveWindow(form.getWindowOpensAt() == null ? standard.opens() : instant(form.getWindowOpensAt()),
                form.getWindowClosesAt() == null ? standard.closes() : instant(form.getWindowClosesAt()), false);
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    /** The ids chosen, without the empty choice or repeats. */
    private static Set<Long> ids(List<Long> chosen) {
        return chosen.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
