package se.redaktionen.platform;

import java.net.URI;
import java.util.Locale;

/**
 * Whether an address would carry credentials unencrypted: plain {@code http://} to anything but this
 * machine. Only literal loopback names count as this machine; nothing is looked up, so a name cannot be
 * made to look local.
 */
public final class PlainHttp {

    private PlainHttp() {
    }

    public static boolean exposes(String address) {
        if (address == null || !address.strip().toLowerCase(Locale.ROOT).startsWith("http://")) {
            return false;
        }
        try {
            return exposes(URI.create(address.strip()));
        } catch (IllegalArgumentException unreadable) {
            // An http address whose host cannot be read is not known to be this machine.
            return true;
        }
    }

    public static boolean exposes(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) && !loopback(uri.getHost());
    }

    private static boolean loopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127(\\.[0-9]{1,3}){3}")
                || h.equals("[::1]") || h.equals("[0:0:0:0:0:0:0:1]");
    }
}
