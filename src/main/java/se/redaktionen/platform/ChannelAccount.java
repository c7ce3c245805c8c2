package se.redaktionen.platform;

import java.util.Map;

/**
 * What a platform needs to reach a channel's platform, credentials decrypted. Never rendered, never
 * logged: {@link #toString()} names the credentials, not their values. {@code plainHttpAllowed} says
 * whether the credentials may go to a plain-http address other than this machine.
 */
public record ChannelAccount(long id, String name, ChannelKind kind, String handle, boolean active,
                             Map<String, String> credentials, boolean plainHttpAllowed) {

    public ChannelAccount {
        credentials = Map.copyOf(credentials);
    }

    /** An account whose credentials never go over plain http but to this machine. */
    public ChannelAccount(long id, String name, ChannelKind kind, String handle, boolean active,
                          Map<String, String> credentials) {
        this(id, name, kind, handle, active, credentials, false);
    }

    /** A stored credential, or null. */
    public String credential(String name) {
        return credentials.get(name);
    }

    @Override
    public String toString() {
        return "ChannelAccount[id=" + id + ", name=" + name + ", kind=" + kind + ", handle=" + handle
                + ", credentials=" + credentials.keySet() + ", plainHttpAllowed=" + plainHttpAllowed + "]";
    }
}
