package se.redaktionen.guideline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.redaktionen.guideline.CheckedPost;
import se.redaktionen.guideline.RuleKind;
import se.redaktionen.guideline.Severity;

class ChannelRuleTest {

    private static GuidelineRule rule(RuleKind kind) {
        return new GuidelineRule(kind, 1, kind.defaultSeverity(), null, Instant.now());
    }

    private static CheckedPost post(List<CheckedPost.ChannelText> channels, String signature, List<String> handles) {
        return new CheckedPost("Text", channels, signature, handles, List.of());
    }

    @Test
    void aChannelTextOverItsLimitIsFoundWithItsCount() {
        CheckedPost post = post(List.of(new CheckedPost.ChannelText("X", 281, 280, true, " /Anna"),
                new CheckedPost.ChannelText("Bloggen", 9000, null, false, null)), "/Anna", List.of());

        assertThat(RuleFindings.of(rule(RuleKind.MAX_LENGTH), post, List.of())).containsExactly("X: 281/280");
    }

    @Test
    void aChannelThatRequiresASignatureButGetsNoneIsFound() {
        CheckedPost post = post(List.of(new CheckedPost.ChannelText("Facebook", 10, 63206, true, " "),
                new CheckedPost.ChannelText("Bloggen", 10, null, false, null)), "/Anna", List.of());

        assertThat(RuleFindings.of(rule(RuleKind.SIGNATURE_REQUIRED), post, List.of())).containsExactly("Facebook");
    }

    @Test
    void aChannelTextExactlyAtItsLimitIsNotFound() {
        CheckedPost post = post(List.of(new CheckedPost.ChannelText("X", 280, 280, true, " /Anna")), "/Anna",
                List.of());

        assertThat(RuleFindings.of(rule(RuleKind.MAX_LENGTH), post, List.of())).isEmpty();
    }

    @Test
    void aChannelThatRequiresASignatureAndGetsNoSignatureAtAllIsFound() {
        CheckedPost post = post(List.of(new CheckedPost.ChannelText("Facebook", 10, 63206, true, null)), null,
                List.of());

        assertThat(RuleFindings.of(rule(RuleKind.SIGNATURE_REQUIRED), post, List.of())).containsExactly("Facebook");
    }

    @Test
    void aChannelThatRequiresASignatureAndGetsOneIsNotFound() {
        CheckedPost post = post(List.of(new CheckedPost.ChannelText("Facebook", 10, 63206, true, " /Anna")),
                "/Anna", List.of());

        assertThat(RuleFindings.of(rule(RuleKind.SIGNATURE_REQUIRED), post, List.of())).isEmpty();
    }

    @Test
    void aPrivateHandleInTheSendersSignatureIsFound() {
        CheckedPost post = post(List.of(), "/Anna @anna_privat", List.of("@anna_privat"));

        assertThat(RuleFindings.of(rule(RuleKind.PRIVATE_HANDLE_IN_SIGNATURE), post, List.of()))
                .containsExactly("@anna_privat");
    }

    @Test
    void everyImageWithoutAltTextIsFound() {
        CheckedPost post = new CheckedPost("Text", List.of(), null, List.of(), List.of("a.png", "b.jpg"));

        assertThat(RuleFindings.of(rule(RuleKind.IMAGE_ALT_TEXT), post, List.of())).containsExactly("a.png", "b.jpg");
    }

    @Test
    void theChannelRulesFindNothingInAPlainText() {
        for (RuleKind kind : List.of(RuleKind.MAX_LENGTH, RuleKind.SIGNATURE_REQUIRED,
                RuleKind.PRIVATE_HANDLE_IN_SIGNATURE, RuleKind.IMAGE_ALT_TEXT)) {
            assertThat(RuleFindings.of(rule(kind), CheckedPost.ofText("Hej"), List.of())).isEmpty();
        }
        assertThat(RuleKind.MAX_LENGTH.defaultSeverity()).isEqualTo(Severity.BLOCK);
    }
}
