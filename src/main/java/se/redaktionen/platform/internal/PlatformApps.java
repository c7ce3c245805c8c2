package se.redaktionen.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The apps this installation is registered as at each platform: what "Connect" signs in with, and X's
 * consumer key and secret for every channel that stores none of its own. Beside {@link PlatformProperties}
 * under the same prefix, so the settings read as one table, but in a record of its own whose
 * {@code toString} names no secret, so that nothing printing the platforms' addresses can show one.
 */
@ConfigurationProperties("redaktionen.platforms")
public record PlatformApps(@DefaultValue Facebook facebook, @DefaultValue Twitter twitter,
                           @DefaultValue WordpressCom wordpressCom) {

    /** A Meta app with Facebook Login: its app id and app secret. */
    public record Facebook(String appId, String appSecret) {

        public boolean configured() {
            return present(appId) && present(appSecret);
        }

        @Override
        public String toString() {
            return "Facebook[appId=" + appId + ", appSecret=" + hidden(appSecret) + "]";
        }
    }

    /** An X app with OAuth 1.0a: its consumer key (API Key) and consumer secret (API Key Secret). */
    public record Twitter(String consumerKey, String consumerSecret) {

        public boolean configured() {
            return present(consumerKey) && present(consumerSecret);
        }

        @Override
        public String toString() {
            return "Twitter[consumerKey=" + consumerKey + ", consumerSecret=" + hidden(consumerSecret) + "]";
        }
    }

    /**
     * A WordPress.com app (developer.wordpress.com): its client id and secret, and where the admin authorizes
     * it (the token and the sites are asked for at the API's own address).
     */
    public record WordpressCom(String clientId, String clientSecret,
                               @DefaultValue("https://public-api.wordpress.com") String authorizeUrl) {

        public boolean configured() {
            return present(clientId) && present(clientSecret);
        }

        @Override
        public String toString() {
            return "WordpressCom[clientId=" + clientId + ", clientSecret=" + hidden(clientSecret) + ", authorizeUrl="
                    + authorizeUrl + "]";
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String hidden(String secret) {
        return present(secret) ? "(set)" : "(not set)";
    }
}
