package se.redaktionen.channel.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import se.redaktionen.channel.AudienceChange;
import se.redaktionen.channel.AudienceSnapshot;
import se.redaktionen.channel.AudienceUnit;
import se.redaktionen.platform.ChannelKind;

/** Audience figures in words, in the reader's language: "+120 följare (+3,4 %) sedan 1 sep. 2025". */
final class AudienceWords {

    private static final char MINUS = '\u2212';

    private final MessageSource messages;
    private final Locale locale;
    private final NumberFormat numbers;
    private final NumberFormat decimals;
    private final DateTimeFormatter dates;

    AudienceWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.numbers = NumberFormat.getIntegerInstance(locale);
        this.decimals = NumberFormat.getNumberInstance(locale);
        this.decimals.setMinimumFractionDigits(1);
        this.decimals.setMaximumFractionDigits(1);
        this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    }

    String unit(ChannelKind rules) {
        return msg(AudienceUnit.of(rules).messageKey());
    }

    String column(ChannelKind rules) {
        return msg(AudienceUnit.of(rules) == AudienceUnit.SUBSCRIBERS ? "audience.column.subscribers"
                : "audience.column.followers");
    }

    String number(long n) {
        return numbers.format(n);
    }

    String signed(long n) {
        return (n > 0 ? "+" : n < 0 ? String.valueOf(MINUS) : "±") + numbers.format(Math.abs(n));
    }

    String percent(BigDecimal p) {
        String sign = p.signum() > 0 ? "+" : p.signum() < 0 ? String.valueOf(MINUS) : "±";
        return msg("audience.percent", sign + decimals.format(p.abs()));
    }

    String date(LocalDate day) {
        return dates.format(day);
    }

    /** One sentence per figure: followers (or subscribers), and fans where the channel has them. */
    List<String> change(AudienceChange change, ChannelKind rules) {
        List<String> sentences = new ArrayList<>();
        AudienceSnapshot first = change.first();
        if (first.countedOn().equals(change.last().countedOn())) {
            sentences.add(msg("audience.change.single", number(first.followers()), unit(rules), date(first.countedOn())));
            return sentences;
        }
        sentences.add(sentence(change.followers(), change.percent(), unit(rules), first.countedOn()));
        if (change.fans() != null) {
            sentences.add(sentence(change.fans(), change.fansPercent(), msg("audience.unit.fans"), first.countedOn()));
        }
        return sentences;
    }

    private String sentence(int delta, BigDecimal percent, String unit, LocalDate since) {
        return percent == null ? msg("audience.change.noPercent", signed(delta), unit, date(since))
                : msg("audience.change", signed(delta), unit, percent(percent), date(since));
    }

    /** What the chart shows, for screen readers: the period, the first and last figure, the range. */
    String chartDescription(List<AudienceSnapshot> snapshots, ChannelKind rules, LocalDate from, LocalDate to) {
        AudienceSnapshot first = snapshots.get(0);
        AudienceSnapshot last = snapshots.get(snapshots.size() - 1);
        int min = snapshots.stream().mapToInt(AudienceSnapshot::followers).min().orElse(0);
        int max = snapshots.stream().mapToInt(AudienceSnapshot::followers).max().orElse(0);
        String text = msg("audience.chart.description", date(from), date(to), number(first.followers()), unit(rules),
                date(first.countedOn()), number(last.followers()), date(last.countedOn()), number(min), number(max));
        List<AudienceSnapshot> withFans = snapshots.stream().filter(s -> s.fans() != null).toList();
        if (!withFans.isEmpty()) {
            text += " " + msg("audience.chart.descriptionFans", number(withFans.get(0).fans()),
                    number(withFans.get(withFans.size() - 1).fans()));
        }
        return text;
    }

    /** Why the daily fetch failed: the audience's own text where the publishing one does not fit. */
    String fetchError(String code, String channelName) {
        for (String key : List.of("audience.fetchError." + code, "publication.error." + code)) {
            try {
                return messages.getMessage(key, new Object[] {channelName}, locale);
            } catch (NoSuchMessageException notThisOne) {
                // Try the next.
            }
        }
        return msg("audience.fetchError.UNEXPECTED", channelName);
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
