package se.redaktionen.platform.internal.sandbox;

import java.util.Set;

import org.springframework.stereotype.Component;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.ConnectionTest;

/** The timeline is always there: the test names the channel. */
@Component
class SandboxConnectionTest implements ConnectionTest {

    @Override
    public Set<ChannelKind> kinds() {
        return Set.of(ChannelKind.SANDBOX);
    }

    @Override
    public String testConnection(ChannelAccount account) {
        return account.name();
    }
}
