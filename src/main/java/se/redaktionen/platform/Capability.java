package se.redaktionen.platform;

import java.util.Set;

/**
 * One thing a platform can do. A platform can do it when its package has the class: {@link Platforms}
 * finds them all by the kinds they serve. Every method either answers or throws {@link PlatformFailure};
 * none of them logs or returns a credential.
 */
public interface Capability {

    /**
     * The kinds of channel it serves: its platform's one kind, or each where a platform is reached in more
     * than one way (a blog, self-hosted or on WordPress.com) and only the address and sign-in differ.
     */
    Set<ChannelKind> kinds();
}
