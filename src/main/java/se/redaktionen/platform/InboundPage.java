package se.redaktionen.platform;

import java.util.List;

/**
 * One page of new responses and the cursor to continue from; {@code more} when another page waits.
 * {@code late} are responses from behind the cursor, read again on a reading's last page because a
 * platform may show a response only after newer ones were read (a blog comment approved by a moderator
 * hours later, a Facebook comment let through later) with the time it was written. Most of them have
 * been stored before; the receiver stores each one it does not have, once.
 */
public record InboundPage(List<InboundResponse> responses, String nextCursor, boolean more,
                          List<InboundResponse> late) {

    /** A page from a platform on which a response can be read from the moment it is written. */
    public InboundPage(List<InboundResponse> responses, String nextCursor, boolean more) {
        this(responses, nextCursor, more, List.of());
    }
}
