package se.redaktionen.response.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.response.ResponseState;
import se.redaktionen.web.SearchTerms;

/**
 * The inbox's address as typed: tab ({@code view}), search, channel, state, lateness and page. Bound
 * as text, so that a value nobody can read is ignored with a notice instead of refusing the page.
 */
record InboxFilter(String view, String q, String channel, String state, String due, String page) {

    /** The state filter of the open responses (new and assigned), the default. */
    static final String OPEN = "open";
    static final String ALL = "all";

    ResponseInbox.View tab() {
        ResponseInbox.View tab = Lenient.parse(ResponseInbox.View.class, view);
        return tab == null ? ResponseInbox.View.MINE : tab;
    }

    SearchTerms search() {
        return SearchTerms.of(q);
    }

    /** The channel asked for if it is one of {@code known}; null otherwise. */
    Long channelId(List<ChannelSummary> known) {
        Long asked = Lenient.parseLong(channel);
        return asked != null && known.stream().anyMatch(c -> c.id() == asked) ? asked : null;
    }

    /** {@link #OPEN}, {@link #ALL} or the name of one state. */
    String stateFilter() {
        if (state != null && ALL.equalsIgnoreCase(state.strip())) {
            return ALL;
        }
        ResponseState one = Lenient.parse(ResponseState.class, state);
        return one == null ? OPEN : one.name();
    }

    /** The states listed; asked for late ones, only the open among them, since only those can be late. */
    Set<ResponseState> states() {
        String filter = stateFilter();
        Set<ResponseState> states = filter.equals(ALL) ? EnumSet.allOf(ResponseState.class)
                : filter.equals(OPEN) ? EnumSet.of(ResponseState.NEW, ResponseState.ASSIGNED)
                : EnumSet.of(ResponseState.valueOf(filter));
        if (lateness() != null) {
            states.retainAll(EnumSet.of(ResponseState.NEW, ResponseState.ASSIGNED));
        }
        return states;
    }

    ResponseInbox.Due lateness() {
        return Lenient.parse(ResponseInbox.Due.class, due);
    }

    /** The lateness as the address spells it; null: any. */
    String dueParam() {
        ResponseInbox.Due lateness = lateness();
        return lateness == null ? null : lateness.name().toLowerCase(Locale.ROOT);
    }

    /** The page asked for, from 1; 1 for one that cannot be read. */
    int pageNumber() {
        Long asked = Lenient.parseLong(page);
        return asked == null || asked < 1 || asked > Integer.MAX_VALUE ? 1 : asked.intValue();
    }

    /** Whether a value was given that could not be read (the channel against {@code known}). */
    boolean ignored(List<ChannelSummary> known) {
        Long asked = Lenient.parseLong(page);
        return typed(view) && Lenient.parse(ResponseInbox.View.class, view) == null
                || typed(channel) && channelId(known) == null
                || typed(state) && stateFilter().equals(OPEN) && !OPEN.equalsIgnoreCase(state.strip())
                || typed(due) && lateness() == null
                || typed(page) && (asked == null || asked < 1);
    }

    private static boolean typed(String value) {
        return value != null && !value.isBlank();
    }
}
