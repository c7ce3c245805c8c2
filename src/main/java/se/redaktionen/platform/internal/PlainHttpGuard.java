package se.redaktionen.platform.internal;

import java.net.URI;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlainHttp;
import se.redaktionen.platform.PlatformFailure;

/**
 * Every platform asks here before a channel's credentials leave: over plain http to another machine
 * they go only where the channel allows it. Refused before any connection, so nothing is sent.
 */
public final class PlainHttpGuard {

    private PlainHttpGuard() {
    }

    public static void check(ChannelAccount account, String address) {
        if (PlainHttp.exposes(address) && !account.plainHttpAllowed()) {
            throw PlatformFailure.permanent(FailureCode.PLAIN_HTTP, null);
        }
    }

    public static void check(ChannelAccount account, URI address) {
        check(account, address.toString());
    }
}
