package se.redaktionen.platform.internal.sandbox;

import org.springframework.stereotype.Component;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.ConnectionTest;

/** The timeline is always there: the test names the channel. */
@Component
class SandboxConnectionTest implements ConnectionTest {

    @Override
    public ChannelKind kind() {
        return ChannelKind.SANDBOX;
    }

    @Override
    public String testConnection(ChannelAccount account) {
        return account.name();
    }
}
