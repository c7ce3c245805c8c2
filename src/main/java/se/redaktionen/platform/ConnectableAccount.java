package se.redaktionen.platform;

import java.util.Map;

/**
 * An account an authorization reaches: the channel's handle for it (a page id, @name, a site), the name the
 * platform shows and the credentials to store. {@link #toString()} names the credentials, not their values.
 */
public record ConnectableAccount(String handle, String name, Map<String, String> credentials) {

    public ConnectableAccount {
        credentials = Map.copyOf(credentials);
    }

    @Override
    public String toString() {
        return "ConnectableAccount[handle=" + handle + ", name=" + name + ", credentials=" + credentials.keySet() + "]";
    }
}
