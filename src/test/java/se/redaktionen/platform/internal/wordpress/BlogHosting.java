package se.redaktionen.platform.internal.wordpress;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;

/**
 * The two ways a blog is reached, for tests that hold for both: where the stub serves its REST API, how
 * Redaktionen signs in, and how the blog says that it does not take the credentials or has no such site
 * (a self-hosted WordPress in its {@code {"code","message","data"}} shape, WordPress.com in its own
 * {@code {"error","message"}}).
 */
enum BlogHosting {

    SELF_HOSTED(ChannelKind.WORDPRESS_BLOG, "/blogg/wp-json/wp/v2",
            "Basic " + Base64.getEncoder().encodeToString("redaktionen:abcdefghijklmnopqrstuvwx"
                    .getBytes(StandardCharsets.UTF_8)),
            """
            {"code":"incorrect_password","message":"The provided password is an invalid application password.",\
            "data":{"status":401}}""",
            "The provided password is an invalid application password. (incorrect_password)",
            """
            {"code":"rest_no_route","message":"No route was found matching the URL and request method.",\
            "data":{"status":404}}""") {
        @Override
        String handle(String stubUrl) {
            return stubUrl + "/blogg/";
        }

        @Override
        String handleOfNoSite() {
            return "blogg.example";
        }

        @Override
        Map<String, String> credentials() {
            return Map.of("username", "redaktionen", "applicationPassword", "abcd efgh ijkl mnop qrst uvwx");
        }

        @Override
        Map<String, String> incompleteCredentials() {
            return Map.of("username", "redaktionen");
        }
    },

    WORDPRESS_COM(ChannelKind.WORDPRESS_COM, "/wp/v2/sites/blogg.example", "Bearer wpcom-oauth2-token",
            """
            {"error":"invalid_token","message":"The OAuth2 token is invalid."}""",
            "The OAuth2 token is invalid. (invalid_token)",
            """
            {"error":"unknown_blog","message":"Unknown blog"}""") {
        @Override
        String handle(String stubUrl) {
            return "blogg.example";
        }

        @Override
        String handleOfNoSite() {
            return "min blogg";
        }

        @Override
        Map<String, String> credentials() {
            return Map.of("accessToken", "wpcom-oauth2-token");
        }

        @Override
        Map<String, String> incompleteCredentials() {
            return Map.of("accessToken", " ");
        }
    };

    final ChannelKind kind;
    /** The stub's path to the blog's REST API root. */
    private final String root;
    /** The Authorization header every request carries. */
    final String authorization;
    /** A 401's body for credentials the blog does not take, and what Redaktionen makes of it. */
    final String credentialsRefused;
    final String credentialsRefusedSaid;
    /** A 404's body for a site or route the blog does not have. */
    final String noSuchSite;

    BlogHosting(ChannelKind kind, String root, String authorization, String credentialsRefused,
                String credentialsRefusedSaid, String noSuchSite) {
        this.kind = kind;
        this.root = root;
        this.authorization = authorization;
        this.credentialsRefused = credentialsRefused;
        this.credentialsRefusedSaid = credentialsRefusedSaid;
        this.noSuchSite = noSuchSite;
    }

    /** The stub's path of a route such as {@code /posts}. */
    String route(String route) {
        return root + route;
    }

    /** The blog's channel, its credentials complete. */
    ChannelAccount account(String stubUrl) {
        return account(handle(stubUrl), credentials());
    }

    ChannelAccount account(String handle, Map<String, String> credentials) {
        return new ChannelAccount(9, "Bloggen", kind, handle, true, credentials);
    }

    /** The channel's handle for the blog at the stub. */
    abstract String handle(String stubUrl);

    /** A handle that names no site this kind of blog can be reached at. */
    abstract String handleOfNoSite();

    abstract Map<String, String> credentials();

    /** The credentials with one the blog needs missing or blank. */
    abstract Map<String, String> incompleteCredentials();
}
