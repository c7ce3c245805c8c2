package se.redaktionen.channel;

import java.time.Instant;
import java.util.Map;

/**
 * The channel overview shows when each channel last published; the publishing module knows that and
 * implements this, so the channel module does not depend on it.
 */
public interface PublicationActivity {

    /** The latest publication time per channel id, for channels that have published at all. */
    Map<Long, Instant> lastPublishedAt();
}
