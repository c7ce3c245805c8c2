package se.redaktionen.post.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.post.PostState;
import se.redaktionen.web.SearchTerms;

/**
 * The post list's search and filters read from what was typed, for the page and the API alike:
 * the sender by username, the period as ISO dates (Swedish days, both included). {@code unreadable}
 * names each filter that could not be read; the page ignores them with a notice, the API refuses.
 */
record PostFilters(SearchTerms search, Long channelId, PostState state, PersonSummary sender, LocalDate from,
                   LocalDate to, List<String> unreadable) {

    static PostFilters read(String q, String channel, String state, String sender, String from, String to,
                            Channels channels, People people) {
        List<String> unreadable = new ArrayList<>();
        Long channelId = null;
        if (present(channel)) {
            channelId = parseLong(channel);
            if (channelId == null || channels.find(channelId).isEmpty()) {
                unreadable.add("channel");
                channelId = null;
            }
        }
        PostState wanted = null;
        if (present(state)) {
            try {
                wanted = PostState.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                unreadable.add("state");
            }
        }
        PersonSummary person = present(sender) ? people.findByUsername(sender.strip()).orElse(null) : null;
        if (present(sender) && person == null) {
            unreadable.add("sender");
        }
        return new PostFilters(SearchTerms.of(q), channelId, wanted, person, date(from, "from", unreadable),
                date(to, "to", unreadable), unreadable);
    }

    /** The criteria; {@code among}, when not null, are the only senders wanted (the API's branch). */
    PostSearch.Criteria criteria(boolean all, ZoneId zone, Collection<Long> among) {
        Collection<Long> senders = among;
        if (sender != null) {
            senders = among == null || among.contains(sender.id()) ? List.of(sender.id()) : List.of();
        }
        return new PostSearch.Criteria(all, search, channelId, state, senders,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static LocalDate date(String value, String name, List<String> unreadable) {
        if (!present(value)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            date = null;
        }
        // Past four-digit years the database's timestamps end; nobody means such a day.
        if (date == null || date.getYear() < 1 || date.getYear() > 9999) {
            unreadable.add(name);
            return null;
        }
        return date;
    }

    private static Long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
