package se.redaktionen.channel;

/** The platforms a channel can be on. */
public enum ChannelKind {
    WORDPRESS_BLOG, FACEBOOK_PAGE, TWITTER, SANDBOX, MANUAL
}
