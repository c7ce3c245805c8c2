package se.redaktionen.channel.internal;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.DataBinder;

/**
 * A count typed by a person: the day it was counted, followers or subscribers, and for a Facebook page
 * optionally its fans. Counts may be typed with spaces between the thousands ("12 345").
 */
public class AudienceForm {

    static final int MAX_COUNT = 1_000_000_000;

    @NotNull(message = "{audience.countedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate countedOn;

    @NotNull(message = "{audience.followers.required}")
    @PositiveOrZero(message = "{audience.count.negative}")
    @Max(value = MAX_COUNT, message = "{audience.count.tooLarge}")
    private Integer followers;

    @PositiveOrZero(message = "{audience.count.negative}")
    @Max(value = MAX_COUNT, message = "{audience.count.tooLarge}")
    private Integer fans;

    /** Whole numbers with or without spaces between the thousands; anything else is a type mismatch. */
    static void registerEditors(DataBinder binder) {
        binder.registerCustomEditor(Integer.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String digits = text == null ? "" : text.replaceAll("[\\s\u00a0\u202f]", "");
                if (digits.isEmpty()) {
                    setValue(null);
                } else if (!digits.matches("[-+−]?\\d{1,10}")) {
                    throw new IllegalArgumentException("not a whole number");
                } else {
                    long value = Long.parseLong(digits.replace('−', '-'));
                    // Beyond an int the count is simply too large; the @Max check says so in words.
                    setValue((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value)));
                }
            }

            @Override
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }

    public LocalDate getCountedOn() {
        return countedOn;
    }

    public void setCountedOn(LocalDate countedOn) {
        this.countedOn = countedOn;
    }

    public Integer getFollowers() {
        return followers;
    }

    public void setFollowers(Integer followers) {
        this.followers = followers;
    }

    public Integer getFans() {
        return fans;
    }

    public void setFans(Integer fans) {
        this.fans = fans;
    }
}
