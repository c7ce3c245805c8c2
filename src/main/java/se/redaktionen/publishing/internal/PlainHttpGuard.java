package se.redaktionen.publishing.internal;

import java.net.URI;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.PlainHttp;

/**
 * Every adapter asks here before a channel's credentials leave: over plain http to another machine
 * they go only where the channel allows it. Refused before any connection, so nothing is sent.
 */
final class PlainHttpGuard {

    private PlainHttpGuard() {
    }

    static void check(ChannelAccount account, String address) {
        if (PlainHttp.exposes(address) && !account.plainHttpAllowed()) {
            throw PlatformFailure.permanent(FailureCode.PLAIN_HTTP, null);
        }
    }

    static void check(ChannelAccount account, URI address) {
        check(account, address.toString());
    }
}
