package se.redaktionen.platform;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import javax.net.ssl.SSLException;

import se.redaktionen.platform.internal.HttpOutcomes;

/**
 * What went wrong on the way to a platform, in words an admin can act on. Read from the whole cause
 * chain: the JDK client wraps the real reason in a {@link ConnectException} (a name it could not
 * resolve as an {@link UnresolvedAddressException}, a refusal as a closed channel).
 */
public enum NetworkTrouble {
    NO_ROUTE, HOST_NOT_FOUND, REFUSED, TIMED_OUT, TLS, BROKEN;

    public static NetworkTrouble of(Throwable error) {
        if (found(error, NoRouteToHostException.class)) {
            return NO_ROUTE;
        }
        if (found(error, UnknownHostException.class, UnresolvedAddressException.class)) {
            return HOST_NOT_FOUND;
        }
        if (found(error, SSLException.class)) {
            return TLS;
        }
        if (found(error, HttpTimeoutException.class, SocketTimeoutException.class)) {
            return TIMED_OUT;
        }
        return found(error, ConnectException.class) ? REFUSED : BROKEN;
    }

    private static boolean found(Throwable error, Class<?>... types) {
        return HttpOutcomes.inChain(error, types) != null;
    }
}
