package se.redaktionen.platform;

import java.util.Optional;

/**
 * Where the platforms find a channel's account, credentials decrypted. The channel module holds the
 * accounts and implements this, so the platforms never depend on it.
 */
public interface Accounts {

    Optional<ChannelAccount> account(long channelId);
}
