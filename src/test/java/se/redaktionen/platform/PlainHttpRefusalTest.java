package se.redaktionen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * No platform sends a channel's credentials over plain http to another machine unless the channel allows
 * it. The hosts are {@code .invalid}: had a request been tried, the failure would be a name not found,
 * so PLAIN_HTTP proves the refusal came first.
 */
class PlainHttpRefusalTest {

    private static final String NOWHERE = "http://platform.redaktionen.invalid";
    private static final Map<String, String> ALL_SECRETS = Map.of("username", "redaktionen",
            "applicationPassword", "abcd efgh ijkl mnop", "pageAccessToken", "EAAB-token",
            "consumerKey", "k", "consumerSecret", "s", "accessToken", "a", "accessTokenSecret", "t");

    private final Platforms platforms = TestPlatforms.at(NOWHERE, Clock.systemUTC());

    @Test
    void aBlogAtPlainHttpIsNeitherPublishedToNorReadWithoutConfirmation() {
        ChannelKind kind = ChannelKind.WORDPRESS_BLOG;
        ChannelAccount blog = account(kind, NOWHERE + "/blogg", false);

        assertThat(failureOf(() -> platforms.publisher(kind).publish(blog, publication())).code())
                .isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> reader(kind).fetchResponses(blog, null)).code()).isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> platforms.connectionTest(kind).testConnection(blog)).code())
                .isEqualTo(FailureCode.PLAIN_HTTP);
    }

    @Test
    void aConfirmedBlogAtPlainHttpIsCalled() {
        ChannelAccount blog = account(ChannelKind.WORDPRESS_BLOG, NOWHERE + "/blogg", true);

        ConnectionTest connection = platforms.connectionTest(ChannelKind.WORDPRESS_BLOG);
        PlatformFailure failure = failureOf(() -> connection.testConnection(blog));

        assertThat(failure.trouble()).isEqualTo(NetworkTrouble.HOST_NOT_FOUND);
    }

    @Test
    void xFacebookAndWordPressComAtAPlainHttpBaseAddressAreRefusedToo() {
        ChannelAccount x = account(ChannelKind.TWITTER, "@botkyrkabibl", false);
        ChannelAccount page = account(ChannelKind.FACEBOOK_PAGE, "123", false);
        ChannelAccount wpcom = account(ChannelKind.WORDPRESS_COM, "botkyrkabibliotek.wordpress.com", false);

        assertThat(failureOf(() -> platforms.publisher(ChannelKind.TWITTER).publish(x, publication())).code())
                .isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> reader(ChannelKind.TWITTER).fetchResponses(x, null)).code())
                .isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> platforms.publisher(ChannelKind.FACEBOOK_PAGE).publish(page, publication()))
                .code()).isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> platforms.publisher(ChannelKind.WORDPRESS_COM).publish(wpcom, publication()))
                .code()).isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> reader(ChannelKind.WORDPRESS_COM).fetchResponses(wpcom, null)).code())
                .isEqualTo(FailureCode.PLAIN_HTTP);
    }

    private ResponseReader reader(ChannelKind kind) {
        return platforms.responseReader(kind).orElseThrow();
    }

    private static ChannelAccount account(ChannelKind kind, String handle, boolean plainHttpAllowed) {
        return new ChannelAccount(9, "Kanalen", kind, handle, true, ALL_SECRETS, plainHttpAllowed);
    }

    private static Outgoing publication() {
        Instant now = Instant.now();
        return new Outgoing("rdk-" + UUID.randomUUID(), "Rubrik", "Text", null, now, null, null);
    }

    private static PlatformFailure failureOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(PlatformFailure.class);
        return (PlatformFailure) thrown;
    }
}
