package se.redaktionen.guideline.internal;

import java.util.List;

/** What one configured rule finds in a text. */
public final class RuleFindings {

    private RuleFindings() {
    }

    public static List<String> of(GuidelineRule rule, String text, List<String> registeredPrivateHandles) {
        return switch (rule.getKind()) {
            case PERSONAL_IDENTITY_NUMBER -> TextFindings.personalIdentityNumbers(text);
            case PRIVATE_CONTACT_DETAILS -> TextFindings.contactDetails(text, rule.parameterLines());
            case BANNED_WORDS -> TextFindings.bannedWords(text, rule.parameterLines());
            case HASHTAG_CAMEL_CASE -> TextFindings.hashtagsNotInCamelCase(text);
            case NON_HTTPS_LINK -> TextFindings.insecureLinks(text);
            case PRIVATE_ACCOUNT_MENTION -> TextFindings.mentions(text, registeredPrivateHandles);
        };
    }
}
