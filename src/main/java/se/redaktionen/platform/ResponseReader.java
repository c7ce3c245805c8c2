package se.redaktionen.platform;

/** Reads the responses on a platform, page by page from a cursor the platform's class wrote. */
public interface ResponseReader extends Capability {

    /** New responses after the cursor (null: from the start the platform offers), oldest first. */
    InboundPage fetchResponses(ChannelAccount account, String cursor);

    /** Whether credentials must be stored before the account can be read; a platform inside Redaktionen needs none. */
    default boolean needsCredentials() {
        return true;
    }
}
