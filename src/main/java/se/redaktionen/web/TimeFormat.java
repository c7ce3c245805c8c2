package se.redaktionen.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import se.redaktionen.RedaktionenProperties;

/** Times are stored in UTC and shown in the library's zone (Europe/Stockholm): {@code ${@time.format(t)}}. */
@Component("time")
public class TimeFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DateTimeFormatter formatter;
    private final DateTimeFormatter timeOfDay;

    TimeFormat(RedaktionenProperties properties) {
        this.formatter = DATE_TIME.withZone(properties.timeZone());
        this.timeOfDay = TIME.withZone(properties.timeZone());
    }

    /** The time of day only, for lists already grouped by day. */
    public String timeOfDay(Instant instant) {
        return instant == null ? "" : timeOfDay.format(instant);
    }

    public String format(Instant instant) {
        return instant == null ? "" : formatter.format(instant);
    }
}
