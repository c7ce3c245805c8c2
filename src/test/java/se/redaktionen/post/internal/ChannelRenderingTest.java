package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.organisation.SenderDetails;
import se.redaktionen.platform.ChannelKind;

class ChannelRenderingTest {

    private static final SenderDetails ANNA = new SenderDetails(1, "Anna Lind", "Anna", "AL", "Fittja",
            "/Anna på Fittja bibliotek", java.util.List.of());

    private static ChannelSummary channel(ChannelKind kind, String template) {
        return new ChannelSummary(7, "Kanal", kind, template, true, kind);
    }

    @Test
    void everySignatureTokenIsReplaced() {
        assertThat(ChannelRendering.signature(" {firstName}|{fullName}|{initials}|{branch}|{signature}", ANNA))
                .isEqualTo(" Anna|Anna Lind|AL|Fittja|/Anna på Fittja bibliotek");
    }

    @Test
    void theSignatureIsPartOfTheTextAndOfItsLength() {
        ChannelText text = ChannelRendering.render(channel(ChannelKind.FACEBOOK_PAGE, "\n\n{signature}"), null,
                "Sagostund på lördag!", null, ANNA);

        assertThat(text.getRenderedText()).isEqualTo("Sagostund på lördag!\n\n/Anna på Fittja bibliotek");
        assertThat(text.getLength()).isEqualTo(text.getRenderedText().length());
    }

    @Test
    void aBlogHasNoSignatureAndCountsTitleAndBody() {
        ChannelText text = ChannelRendering.render(channel(ChannelKind.WORDPRESS_BLOG, null), "Rubrik", "Brödtext",
                null, ANNA);

        assertThat(text.getRenderedText()).isEqualTo("Brödtext");
        assertThat(text.getLength()).isEqualTo(6 + 8);
    }

    @Test
    void theLinkIsAppendedUnlessTheTextAlreadyHasIt() {
        ChannelSummary facebook = channel(ChannelKind.FACEBOOK_PAGE, null);

        assertThat(ChannelRendering.render(facebook, null, "Läs mer", "https://bibliotek.se/a", ANNA)
                .getRenderedText()).isEqualTo("Läs mer\n\nhttps://bibliotek.se/a");
        assertThat(ChannelRendering.render(facebook, null, "Läs https://bibliotek.se/a", "https://bibliotek.se/a", ANNA)
                .getRenderedText()).isEqualTo("Läs https://bibliotek.se/a");
    }

    @Test
    void xCountsEveryUrlAsTwentyThree() {
        String longUrl = "https://bibliotek.botkyrka.se/evenemang/2026/bokmassan-i-tumba-med-forfattarbesok";
        ChannelText text = ChannelRendering.render(channel(ChannelKind.TWITTER, null), null, "Kom! " + longUrl, null,
                ANNA);

        assertThat(text.getLength()).isEqualTo(5 + 23);
    }

    @Test
    void xCountsEmojiAndCjkAsTwo() {
        ChannelText text = ChannelRendering.render(channel(ChannelKind.TWITTER, null), null, "📚图书", null, ANNA);

        assertThat(text.getLength()).isEqualTo(6);
    }

    /** A sample of twitter-text's v3 conformance expectations (weighted length, 280 limit). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "a|1",
            "é|1",
            "é|1",
            "图|2",
            "😀|2",
            "👨‍👩‍👧‍👦|2",
            "🇸🇪|2",
            "https://t.co/abc|23",
            "Läs http://example.org/a/mycket/lang/adress/som/ar/langre/an/tjugotre/tecken nu|30"})
    void countsLikeX(String text, int weighted) {
        assertThat(ChannelRendering.render(channel(ChannelKind.TWITTER, null), null, text, null, ANNA).getLength())
                .isEqualTo(weighted);
    }

    @Test
    void exactlyTheLimitFitsAndOneMoreDoesNot() {
        ChannelSummary x = channel(ChannelKind.TWITTER, null);

        assertThat(ChannelRendering.render(x, null, "图".repeat(140), null, ANNA).getLength()).isEqualTo(280);
        assertThat(ChannelRendering.render(x, null, "a".repeat(281), null, ANNA).getLength())
                .isGreaterThan(ChannelKind.TWITTER.textLimit());
    }

    @Test
    void xAndFacebookHaveTheirLimitsAndBlogsNone() {
        assertThat(ChannelKind.TWITTER.textLimit()).isEqualTo(280);
        assertThat(ChannelKind.FACEBOOK_PAGE.textLimit()).isEqualTo(63_206);
        assertThat(ChannelKind.WORDPRESS_BLOG.textLimit()).isNull();
    }
}
