package se.redaktionen.channel;

import java.util.Map;

/**
 * What an adapter needs to reach a channel's platform, credentials decrypted. Never rendered, never
 * logged: {@link #toString()} names the credentials, not their values.
 */
public record ChannelAccount(long id, String name, ChannelKind kind, String handle, boolean active,
                             Map<String, String> credentials) {

    public ChannelAccount {
        credentials = Map.copyOf(credentials);
    }

    /** A stored credential, or null. */
    public String credential(String name) {
        return credentials.get(name);
    }

    @Override
    public String toString() {
        return "ChannelAccount[id=" + id + ", name=" + name + ", kind=" + kind + ", handle=" + handle
                + ", credentials=" + credentials.keySet() + "]";
    }
}
