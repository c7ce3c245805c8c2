package se.redaktionen.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reconciliation takes a post found on the platform for ours when the texts agree but for links and spacing. */
class SameTextTest {

    @Test
    void aShortenedLinkAndCollapsedSpacingStillReadAsTheSameText() {
        assertThat(SameText.normalise("Läs mer  https://t.co/abc\n\n/Anna "))
                .isEqualTo(SameText.normalise("Läs mer https://bibliotek.botkyrka.se/program /Anna"))
                .isEqualTo("Läs mer /Anna");
    }

    @Test
    void anÅWrittenAsAPlusRingIsTheSameÅ() {
        assertThat(SameText.normalise("Sa\u030ag")).isEqualTo("Såg");
    }

    @Test
    void noTextIsTheEmptyText() {
        assertThat(SameText.normalise(null)).isEmpty();
    }
}
