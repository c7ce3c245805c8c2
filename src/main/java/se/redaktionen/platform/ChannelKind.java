package se.redaktionen.platform;

import java.util.List;

/**
 * The platforms a channel can be on, each with the names of the credentials its account needs (what
 * the platform's client reads; none where nothing leaves Redaktionen or nothing is called).
 */
public enum ChannelKind {
    WORDPRESS_BLOG("username", "applicationPassword"),
    FACEBOOK_PAGE("pageAccessToken"),
    TWITTER("consumerKey", "consumerSecret", "accessToken", "accessTokenSecret"),
    SANDBOX,
    MANUAL;

    private final List<String> credentialNames;

    ChannelKind(String... credentialNames) {
        this.credentialNames = List.of(credentialNames);
    }

    /** In the order the platform's own settings page lists them. */
    public List<String> credentialNames() {
        return credentialNames;
    }
}
