package se.redaktionen.platform.internal.wordpress;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.PlatformProperties;

/**
 * Where a blog's REST API is and how Redaktionen signs in there: all that differs between a self-hosted
 * blog and one on WordPress.com. Below the root both speak WordPress's own REST API ({@code /posts},
 * {@code /comments}, {@code /users/me}), so every capability is written once for both.
 */
enum WordPressSite {

    /** The site's own {@code /wp-json/wp/v2}, signed in with an application password (HTTP Basic). */
    SELF_HOSTED {
        @Override
        String site(ChannelAccount account) {
            String site = account.handle() == null ? "" : account.handle().strip();
            if (!site.startsWith("https://") && !site.startsWith("http://")) {
                throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "the channel's address is not a web address");
            }
            return site.replaceAll("/+$", "");
        }

        @Override
        String root(ChannelAccount account, PlatformProperties properties) {
            return site(account) + "/wp-json/wp/v2";
        }

        @Override
        String address(ChannelAccount account, PlatformProperties properties) {
            return account.handle();
        }

        @Override
        Consumer<HttpHeaders> auth(ChannelAccount account) {
            String username = account.credential("username");
            String password = account.credential("applicationPassword");
            if (username == null || password == null) {
                throw PlatformFailure.permanent(FailureCode.CREDENTIALS_MISSING, null);
            }
            return headers -> headers.setBasicAuth(username, password.replace(" ", ""), StandardCharsets.UTF_8);
        }
    },

    /**
     * WordPress.com's {@code /wp/v2/sites/{site}}, the same for its own blogs and for self-hosted sites
     * connected through Jetpack, with the OAuth2 token of a WordPress.com app ({@code Authorization: Bearer}).
     */
    WORDPRESS_COM {
        /**
         * The site as WordPress.com names it: its domain or number. An address typed instead is taken by
         * its host, and a site in a folder ({@code example.org/blogg}) becomes {@code example.org::blogg},
         * as WordPress.com writes it.
         */
        @Override
        String site(ChannelAccount account) {
            String handle = account.handle() == null ? "" : account.handle().strip();
            String site = handle;
            if (handle.matches("(?i)https?://.*")) {
                try {
                    URI address = URI.create(handle);
                    site = address.getHost() == null ? ""
                            : address.getHost() + (address.getPath() == null ? "" : address.getPath());
                } catch (IllegalArgumentException unreadable) {
                    site = "";
                }
            }
            site = site.replaceAll("/+$", "").replace("/", "::");
            if (!site.matches("[A-Za-z0-9][A-Za-z0-9.-]*(::[A-Za-z0-9._-]+)*")) {
                throw PlatformFailure.permanent(FailureCode.NOT_FOUND,
                        "the channel's site is neither a WordPress.com domain nor a site number");
            }
            return site;
        }

        @Override
        String root(ChannelAccount account, PlatformProperties properties) {
            return properties.wordpressCom().base() + "/wp/v2/sites/" + site(account);
        }

        @Override
        String address(ChannelAccount account, PlatformProperties properties) {
            return properties.wordpressCom().baseUrl();
        }

        @Override
        Consumer<HttpHeaders> auth(ChannelAccount account) {
            String token = account.credential("accessToken");
            if (token == null || token.isBlank()) {
                throw PlatformFailure.permanent(FailureCode.CREDENTIALS_MISSING, null);
            }
            return headers -> headers.setBearerAuth(token.strip());
        }
    };

    static WordPressSite of(ChannelAccount account) {
        return account.kind() == ChannelKind.WORDPRESS_COM ? WORDPRESS_COM : SELF_HOSTED;
    }

    /** The site as the connection test names it. */
    abstract String site(ChannelAccount account);

    /** The REST API's root, to which a route such as {@code /posts} is added. */
    abstract String root(ChannelAccount account, PlatformProperties properties);

    /** Where the credentials go. */
    abstract String address(ChannelAccount account, PlatformProperties properties);

    /** Signs a request in; fails before any request when a credential is missing. */
    abstract Consumer<HttpHeaders> auth(ChannelAccount account);
}
