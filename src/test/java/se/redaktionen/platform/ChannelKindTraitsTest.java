package se.redaktionen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** What each platform tells the other modules, so that none of them has to name a platform. */
class ChannelKindTraitsTest {

    @Test
    void xAndFacebookHaveLimitsTheOthersNone() {
        assertThat(ChannelKind.TWITTER.textLimit()).isEqualTo(280);
        assertThat(ChannelKind.FACEBOOK_PAGE.textLimit()).isEqualTo(63_206);
        assertThat(ChannelKind.WORDPRESS_BLOG.textLimit()).isNull();
        assertThat(ChannelKind.WORDPRESS_COM.textLimit()).isNull();
        assertThat(ChannelKind.SANDBOX.textLimit()).isNull();
        assertThat(ChannelKind.MANUAL.textLimit()).isNull();
    }

    @Test
    void xCountsALinkAs23ABlogItsTitleTooTheOthersTheBodysCharacters() {
        String link = "Läs http://example.org/a/mycket/lang/adress/som/ar/langre/an/tjugotre/tecken nu";

        assertThat(ChannelKind.TWITTER.length("Rubrik", link)).isEqualTo(30);
        assertThat(ChannelKind.WORDPRESS_BLOG.length("Rubrik", "Brödtext")).isEqualTo(14);
        assertThat(ChannelKind.WORDPRESS_BLOG.length(null, "Brödtext")).isEqualTo(8);
        assertThat(ChannelKind.WORDPRESS_COM.length("Rubrik", "Brödtext")).isEqualTo(14);
        assertThat(ChannelKind.FACEBOOK_PAGE.length("Rubrik", "Brödtext 😀")).isEqualTo(10);
        assertThat(ChannelKind.SANDBOX.length("Rubrik", "Brödtext")).isEqualTo(8);
        assertThat(ChannelKind.MANUAL.length("Rubrik", null)).isZero();
    }

    @Test
    void aBlogCountsSubscribersWhereverItIsHostedAndOnlyFacebookHasFans() {
        assertThat(kindsWhere(ChannelKind::countsSubscribers))
                .containsExactly(ChannelKind.WORDPRESS_BLOG, ChannelKind.WORDPRESS_COM);
        assertThat(kindsWhere(ChannelKind::hasFans)).containsExactly(ChannelKind.FACEBOOK_PAGE);
    }

    @Test
    void aSandboxPractisesThePlatformsWithRulesOfTheirOwn() {
        assertThat(kindsWhere(ChannelKind::practisable))
                .containsExactly(ChannelKind.WORDPRESS_BLOG, ChannelKind.WORDPRESS_COM, ChannelKind.FACEBOOK_PAGE,
                        ChannelKind.TWITTER);
        assertThat(kindsWhere(ChannelKind::practice)).containsExactly(ChannelKind.SANDBOX);
    }

    @Test
    void onlyManualIsPublishedByHandAndOnlyASelfHostedBlogIsReachedAtItsOwnAddress() {
        assertThat(kindsWhere(ChannelKind::publishedByHand)).containsExactly(ChannelKind.MANUAL);
        assertThat(kindsWhere(ChannelKind::selfHosted)).containsExactly(ChannelKind.WORDPRESS_BLOG);
    }

    @Test
    void onlyThePlatformsCalledTakeCredentials() {
        assertThat(ChannelKind.TWITTER.credentialNames())
                .containsExactly("consumerKey", "consumerSecret", "accessToken", "accessTokenSecret");
        assertThat(ChannelKind.WORDPRESS_BLOG.credentialNames()).containsExactly("username", "applicationPassword");
        assertThat(ChannelKind.WORDPRESS_COM.credentialNames()).containsExactly("accessToken");
        assertThat(ChannelKind.SANDBOX.credentialNames()).isEmpty();
        assertThat(ChannelKind.MANUAL.credentialNames()).isEmpty();
    }

    private static ChannelKind[] kindsWhere(Predicate<ChannelKind> trait) {
        return Arrays.stream(ChannelKind.values()).filter(trait).toArray(ChannelKind[]::new);
    }
}
