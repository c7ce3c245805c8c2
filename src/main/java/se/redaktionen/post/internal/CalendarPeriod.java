package se.redaktionen.post.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The days a calendar view shows — a week Monday to Sunday, or the whole weeks around a month — and
 * the instants that bound them in the library's zone. Days are local dates, so a day of 23 or 25
 * hours (the daylight-saving changes) is still exactly one day.
 */
record CalendarPeriod(LocalDate first, LocalDate last, ZoneId zone) {

    static CalendarPeriod week(LocalDate anyDay, ZoneId zone) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new CalendarPeriod(monday, monday.plusDays(6), zone);
    }

    static CalendarPeriod month(LocalDate anyDay, ZoneId zone) {
        LocalDate first = anyDay.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = anyDay.with(TemporalAdjusters.lastDayOfMonth())
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return new CalendarPeriod(first, last, zone);
    }

    Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** Exclusive: the start of the day after the last. */
    Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** Each day of the period with the items that fall on it in the zone, in time order. */
    <T> Map<LocalDate, List<T>> byDay(List<T> items, Function<T, Instant> time) {
        Map<LocalDate, List<T>> days = new LinkedHashMap<>();
        days().forEach(d -> days.put(d, new ArrayList<>()));
        items.stream()
                .sorted(java.util.Comparator.comparing(time))
                .forEach(item -> {
                    List<T> day = days.get(time.apply(item).atZone(zone).toLocalDate());
                    if (day != null) {
                        day.add(item);
                    }
                });
        return days;
    }
}
