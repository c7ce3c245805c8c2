package se.redaktionen.web.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.regex.Pattern;

/**
 * The address failed logins are counted by. An IPv4 address is taken as it is; an IPv6 address by its /64,
 * because one subscriber usually holds a whole /64 and could otherwise try from a fresh address every time.
 */
final class ClientAddress {

    static final int MAX_LENGTH = 100;
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientAddress() {
    }

    /** {@code null} for no address at all. */
    static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return null;
        }
        String address = remoteAddress.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (address.indexOf(':') >= 0 && IPV6_LITERAL.matcher(address).matches()) {
            try {
                // In brackets the JDK parses a literal or fails; it never asks DNS.
                InetAddress parsed = InetAddress.getByName("[" + address + "]");
                return parsed instanceof Inet6Address ? prefix64(parsed.getAddress()) : parsed.getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // Counted by its text like anything else a proxy may have forwarded.
            }
        }
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }

    private static String prefix64(byte[] address) {
        ByteBuffer bytes = ByteBuffer.wrap(address);
        return String.format("%x:%x:%x:%x::/64", bytes.getShort() & 0xffff, bytes.getShort() & 0xffff,
                bytes.getShort() & 0xffff, bytes.getShort() & 0xffff);
    }
}
