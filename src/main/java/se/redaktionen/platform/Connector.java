package se.redaktionen.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Connect": the platform's own authorization flow, so that an admin signs in at the platform instead of
 * pasting its secrets. The channel module keeps the flow's state and stores what comes out; a connector
 * only speaks to the platform. Present when the platform has the class; usable when the installation's
 * app is registered there ({@link #configured()}).
 */
public interface Connector extends Capability {

    /** Whether the installation has its app's id and secret for the platform; without them only pasting works. */
    boolean configured();

    /** The permissions the authorization asks for, named on the page; empty where the platform has none to name. */
    default List<String> permissions() {
        return List.of();
    }

    /**
     * Credentials the installation's app gives every channel of the kind, so a channel needs them stored only to
     * use another app (X's consumer key and secret). Empty when the installation has none.
     */
    default Set<String> installationCredentials() {
        return Set.of();
    }

    /** Starts an authorization: where to send the admin, who comes back to {@code callback} with {@code state}. */
    ConnectStart start(String state, String callback);

    /** The value in the callback's parameters that names the flow it belongs to. */
    default String flowKey(Map<String, String> parameters) {
        return parameters.get("state");
    }

    /** Whether the callback says that the admin refused or cancelled: then nothing is asked of the platform. */
    boolean refused(Map<String, String> parameters);

    /** Finishes the authorization: the accounts it reaches, each with the credentials to store for it. */
    List<ConnectableAccount> finish(ConnectStart started, Map<String, String> parameters, String callback);
}
