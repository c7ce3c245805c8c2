package se.redaktionen.guideline.internal;

import java.util.List;

import se.redaktionen.guideline.CheckedPost;

/** What one configured rule finds in a text. */
public final class RuleFindings {

    private RuleFindings() {
    }

    public static List<String> of(GuidelineRule rule, CheckedPost post, List<String> registeredPrivateHandles) {
        String text = post.text();
        return switch (rule.getKind()) {
            case PERSONAL_IDENTITY_NUMBER -> TextFindings.personalIdentityNumbers(text);
            case PRIVATE_CONTACT_DETAILS -> TextFindings.contactDetails(text, rule.parameterLines());
            case BANNED_WORDS -> TextFindings.bannedWords(text, rule.parameterLines());
            case HASHTAG_CAMEL_CASE -> TextFindings.hashtagsNotInCamelCase(text);
            case NON_HTTPS_LINK -> TextFindings.insecureLinks(text);
            case PRIVATE_ACCOUNT_MENTION -> TextFindings.mentions(text, registeredPrivateHandles);
            case MAX_LENGTH -> post.channels().stream()
                    .filter(c -> c.limit() != null && c.length() > c.limit())
                    .map(c -> c.channel() + ": " + c.length() + "/" + c.limit())
                    .toList();
            case SIGNATURE_REQUIRED -> post.channels().stream()
                    .filter(c -> c.signatureRequired() && (c.signature() == null || c.signature().isBlank()))
                    .map(CheckedPost.ChannelText::channel)
                    .toList();
            case PRIVATE_HANDLE_IN_SIGNATURE -> post.senderSignature() == null ? List.of()
                    : TextFindings.handlesIn(post.senderSignature(), post.senderPrivateHandles());
            case IMAGE_ALT_TEXT -> post.imagesWithoutAltText();
        };
    }
}
