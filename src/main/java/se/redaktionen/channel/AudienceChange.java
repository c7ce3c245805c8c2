package se.redaktionen.channel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How the audience changed over a period: from its first to its last snapshot in the period. The
 * percentages are of the first figure, to one decimal, and null when that figure is zero; the fan
 * fields are null unless both snapshots have fans.
 */
public record AudienceChange(AudienceSnapshot first, AudienceSnapshot last, int followers, BigDecimal percent,
                             Integer fans, BigDecimal fansPercent) {

    public static AudienceChange between(AudienceSnapshot first, AudienceSnapshot last) {
        boolean withFans = first.fans() != null && last.fans() != null;
        return new AudienceChange(first, last, last.followers() - first.followers(),
                percent(first.followers(), last.followers()),
                withFans ? last.fans() - first.fans() : null,
                withFans ? percent(first.fans(), last.fans()) : null);
    }

    public LocalDate since() {
        return first.countedOn();
    }

    public LocalDate until() {
        return last.countedOn();
    }

    private static BigDecimal percent(int from, int to) {
        if (from == 0) {
            return null;
        }
        return BigDecimal.valueOf(to - from).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(from), 1, RoundingMode.HALF_UP);
    }
}
