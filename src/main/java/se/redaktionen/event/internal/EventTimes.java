package se.redaktionen.event.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import se.redaktionen.RedaktionenProperties;

/** The library's local time for the event forms, which are typed in it. */
@Component
class EventTimes {

    private final Clock clock;
    private final ZoneId zone;

    EventTimes(Clock clock, RedaktionenProperties properties) {
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    LocalDateTime tomorrowAt(int hour) {
        return LocalDate.now(clock.withZone(zone)).plusDays(1).atTime(hour, 0);
    }

    EventForm form(Event event) {
        return EventForm.of(event, zone);
    }

    ZoneId zone() {
        return zone;
    }
}
