package se.redaktionen.publishing;

import java.util.List;

/** One page of new responses and the cursor to continue from; {@code more} when another page waits. */
public record InboundPage(List<InboundResponse> responses, String nextCursor, boolean more) {
}
