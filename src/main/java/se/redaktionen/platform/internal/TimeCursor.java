package se.redaktionen.platform.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.redaktionen.platform.InboundResponse;

/**
 * Where reading responses stopped on a platform that pages by time (Facebook, WordPress): the last
 * whole second read and the ids read in that second, written {@code "1732611200:123_456,123_789"}.
 * A response is new when it is later than that second, or in that second and not among those ids, so
 * nothing is lost to equal timestamps and nothing is returned twice.
 */
public record TimeCursor(long second, Set<String> ids) {

    /** The cursor column holds 500 characters. */
    public static final int MAX_LENGTH = 500;

    /** Oldest first; equal seconds by id, so that pages cut at the same place every time. */
    public static final Comparator<InboundResponse> ORDER = Comparator
            .comparingLong((InboundResponse r) -> r.at().getEpochSecond())
            .thenComparing(r -> r.platformId().length())
            .thenComparing(InboundResponse::platformId);

    public TimeCursor {
        ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }

    /** The stored cursor, or null for none (or one this code did not write: then reading starts over). */
    public static TimeCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] parts = cursor.strip().split(":", 2);
        try {
            long second = Long.parseLong(parts[0]);
            Set<String> ids = new LinkedHashSet<>();
            if (parts.length == 2) {
                for (String id : parts[1].split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
            return new TimeCursor(second, ids);
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    /** Whether this response was returned before (null cursor: nothing was). */
    public static boolean seen(TimeCursor cursor, Instant at, String id) {
        if (cursor == null) {
            return false;
        }
        long second = at.getEpochSecond();
        return second < cursor.second || (second == cursor.second && cursor.ids.contains(id));
    }

    /** The cursor after {@code returned} (sorted by {@link #ORDER}) was handed out; unchanged when empty. */
    public static String after(TimeCursor cursor, List<InboundResponse> returned, String unchanged) {
        if (returned.isEmpty()) {
            return unchanged;
        }
        long second = returned.get(returned.size() - 1).at().getEpochSecond();
        List<String> ids = new ArrayList<>();
        if (cursor != null && cursor.second == second) {
            ids.addAll(cursor.ids);
        }
        for (InboundResponse response : returned) {
            if (response.at().getEpochSecond() == second && !ids.contains(response.platformId())) {
                ids.add(response.platformId());
            }
        }
        // More ids of one second than the column holds: the ones left out may be read again, and the
        // response module stores each platform id once.
        StringBuilder text = new StringBuilder().append(second);
        char separator = ':';
        for (String id : ids) {
            if (text.length() + 1 + id.length() > MAX_LENGTH) {
                break;
            }
            text.append(separator).append(id);
            separator = ',';
        }
        return text.toString();
    }
}
