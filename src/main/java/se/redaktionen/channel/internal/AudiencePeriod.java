package se.redaktionen.channel.internal;

import java.time.LocalDate;

import se.redaktionen.Period;

/**
 * The period an audience is shown for, as {@link Period} reads the {@code from} and {@code to} request
 * parameters; dates that cannot be used give the last {@value Period#DEFAULT_DAYS} days and name the
 * problem as a message key.
 */
record AudiencePeriod(LocalDate from, LocalDate to, String problem) {

    static AudiencePeriod parse(String from, String to, LocalDate today) {
        Period.Asked asked = Period.parse(from, to, today);
        String problem = asked.problem() == null ? null : switch (asked.problem()) {
            case UNREADABLE -> "audience.period.invalid";
            case REVERSED -> "audience.period.reversed";
        };
        return new AudiencePeriod(asked.period().from(), asked.period().to(), problem);
    }

    boolean valid() {
        return problem == null;
    }
}
