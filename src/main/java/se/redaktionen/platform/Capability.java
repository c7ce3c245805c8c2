package se.redaktionen.platform;

/**
 * One thing a platform can do. A platform can do it when its package has the class: {@link Platforms}
 * finds them all by their kind. Every method either answers or throws {@link PlatformFailure}; none of
 * them logs or returns a credential.
 */
public interface Capability {

    ChannelKind kind();
}
