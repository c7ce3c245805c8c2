package se.redaktionen.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.Publisher;
import se.redaktionen.platform.TestPlatforms;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * A blog post's public address ends in its slug, so the slug reads as the title with a short random
 * suffix; reconciliation still finds the post by that exact slug, and by the {@code rdk-<uuid>} slugs
 * that publications made before keep.
 */
@PostgresTest
class PublicationSlugTest {

    private static final String TITLE = "Höstens författarbesök på Fittja bibliotek!";
    private static final String SUFFIX = "-[a-z0-9]{" + Slug.SUFFIX_LENGTH + "}";

    static WireMockServer blog = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Publications publications;
    @Autowired
    TestData data;

    @BeforeAll
    static void startStub() {
        blog.start();
    }

    @AfterAll
    static void stopStub() {
        blog.stop();
    }

    @Test
    void aTitleBecomesLowerCaseWordsWithSwedishLettersAsTypedInAnAddress() {
        assertThat(Slug.words(TITLE)).isEqualTo("hostens-forfattarbesok-pa-fittja-bibliotek");
        assertThat(Slug.words("Café Ängen: Æbleskiver, Øl & Straße – 2026")).isEqualTo(
                "cafe-angen-aebleskiver-ol-strasse-2026");
        assertThat(Slug.words("📚 مكتبة")).isEqualTo(Slug.NO_WORDS);
    }

    @Test
    void theSlugIsTheTitlesWordsCutAtAWordAndAShortRandomSuffix() {
        String longTitle = "Sagostunder, pyssel, läxhjälp och språkcaféer hela hösten på alla bibliotek i Botkyrka";

        assertThat(Slug.of(TITLE, "Text")).matches("hostens-forfattarbesok-pa-fittja-bibliotek" + SUFFIX);
        assertThat(Slug.of(longTitle, "Text")).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH)
                .matches("sagostunder-pyssel-laxhjalp-och-sprakcafeer-hela" + SUFFIX);
        assertThat(Slug.of(null, "Öppet i helgen\nLördag 11–15")).matches("oppet-i-helgen" + SUFFIX);
        assertThat(Slug.of(TITLE, "Text")).isNotEqualTo(Slug.of(TITLE, "Text"));
    }

    @Test
    void aScheduledPublicationCarriesTheReadableSlug() {
        long channel = data.channel(ChannelKind.WORDPRESS_BLOG);
        long author = data.staff().getPersonId();
        Timestamp now = Timestamp.from(Instant.now());
        long post = jdbc.queryForObject("""
                insert into post (title, body, author_id, sender_id, state, created_at, updated_at)
                values (?, 'Välkommen!', ?, ?, 'APPROVED', ?, ?) returning id""", Long.class, TITLE, author, author,
                now, now);

        publications.schedule(post, Instant.now().plus(Duration.ofDays(1)),
                List.of(new PublicationRequest(channel, TITLE, "Välkommen!", null)));

        assertThat(jdbc.queryForObject("select slug from publication where post_id = ?", String.class, post))
                .matches("hostens-forfattarbesok-pa-fittja-bibliotek" + SUFFIX);
    }

    @Test
    void reconciliationFindsThePostByItsExactSlugReadableOrOld() {
        String site = "/slug-" + System.nanoTime();
        String readable = Slug.of(TITLE, "Text");
        String old = "rdk-" + UUID.randomUUID();
        blog.stubFor(get(urlPathEqualTo(site + "/wp-json/wp/v2/posts")).withQueryParam("slug", equalTo(readable))
                .willReturn(okJson(post(41, readable))));
        blog.stubFor(get(urlPathEqualTo(site + "/wp-json/wp/v2/posts")).withQueryParam("slug", equalTo(old))
                .willReturn(okJson(post(42, old))));
        // Had WordPress changed a slug it already knew, the post it lists would carry another one: not ours.
        String changed = Slug.of(TITLE, "Text");
        blog.stubFor(get(urlPathEqualTo(site + "/wp-json/wp/v2/posts")).withQueryParam("slug", equalTo(changed))
                .willReturn(okJson(post(43, changed + "-2"))));
        Publisher publisher = wordPress();

        assertThat(publisher.find(account(site), publication(readable))).map(Published::platformId).contains("41");
        assertThat(publisher.find(account(site), publication(old))).map(Published::platformId).contains("42");
        assertThat(publisher.find(account(site), publication(changed))).isEmpty();
        blog.verify(getRequestedFor(urlPathEqualTo(site + "/wp-json/wp/v2/posts"))
                .withQueryParam("slug", equalTo(readable)).withQueryParam("status", equalTo("any")));
    }

    private static String post(long id, String slug) {
        return "[{\"id\":" + id + ",\"slug\":\"" + slug + "\",\"status\":\"publish\",\"link\":\"https://blogg.example/"
                + slug + "/\"}]";
    }

    private static ChannelAccount account(String site) {
        return new ChannelAccount(9, "Bloggen", ChannelKind.WORDPRESS_BLOG, blog.baseUrl() + site, true,
                Map.of("username", "redaktionen", "applicationPassword", "abcd efgh ijkl mnop qrst uvwx"));
    }

    private static Publisher wordPress() {
        return TestPlatforms.at(blog.baseUrl(), Clock.systemUTC()).publisher(ChannelKind.WORDPRESS_BLOG);
    }

    private static Outgoing publication(String slug) {
        Instant now = Instant.now();
        return new Outgoing(slug, TITLE, "Text", null, now, null, null);
    }
}
