package se.redaktionen.platform;

import java.net.URI;
import java.util.Map;

/**
 * A started authorization: where the admin goes, the key the callback will carry back (our state, or the
 * platform's request token where OAuth 1.0a has no state) and what the connector must get back to finish it
 * (X's request token secret). Never logged: {@link #toString()} names no value.
 */
public record ConnectStart(URI address, String key, Map<String, String> pending) {

    public ConnectStart {
        pending = Map.copyOf(pending);
    }

    @Override
    public String toString() {
        return "ConnectStart[pending=" + pending.keySet() + "]";
    }
}
