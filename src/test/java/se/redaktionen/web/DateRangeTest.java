package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import se.redaktionen.DateRange;

class DateRangeTest {

    @Test
    void theYears2000To2100AreInsideAndEverythingElseOutside() {
        assertThat(DateRange.contains(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(DateRange.contains(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(DateRange.contains(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(DateRange.contains(LocalDateTime.of(2101, 1, 1, 0, 0))).isFalse();
        assertThat(DateRange.contains(OffsetDateTime.MAX)).isFalse();
        assertThat(DateRange.contains(LocalDate.MIN)).isFalse();
    }

    @Test
    void anInstantCountsByItsYearInUtcAndATimeOfDayIsAlwaysInside() {
        assertThat(DateRange.contains(Instant.parse("2000-01-01T00:00:00Z"))).isTrue();
        assertThat(DateRange.contains(Instant.parse("1999-12-31T23:59:59Z"))).isFalse();
        assertThat(DateRange.contains(Instant.MAX)).isFalse();
        assertThat(DateRange.contains(LocalTime.NOON)).isTrue();
    }

    @Test
    void parsingADateOutsideTheRangeIsAParseErrorLikeAnUnreadableOne() {
        assertThat(DateRange.parse(" 2026-11-20 ")).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThatThrownBy(() -> DateRange.parse("-999999999-01-01")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DateRange.parse("2026-13-01")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aFailureCausedByADateOutsideTheRangeIsRecognisedThroughItsWrappers() {
        RuntimeException wrapped = new IllegalStateException(new IllegalArgumentException(
                assertThatThrownByCheck()));

        assertThat(DateRange.isCauseOf(wrapped)).isTrue();
        assertThat(DateRange.isCauseOf(new IllegalStateException("other"))).isFalse();
    }

    private static DateRange.OutOfRange assertThatThrownByCheck() {
        try {
            DateRange.check(LocalDate.of(3000, 1, 1));
        } catch (DateRange.OutOfRange expected) {
            return expected;
        }
        throw new AssertionError("3000-01-01 must be outside the range");
    }
}
