package se.redaktionen.guideline.internal;

import java.time.Clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.guideline.RuleKind;

/** One rule of each kind on the demo guidelines, seeded once after them. */
@Component
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "true")
@Order(30)
class GuidelineRuleDemoData implements ApplicationRunner {

    private final GuidelineRuleRepository rules;
    private final GuidelineRepository guidelines;
    private final Clock clock;

    GuidelineRuleDemoData(GuidelineRuleRepository rules, GuidelineRepository guidelines, Clock clock) {
        this.rules = rules;
        this.guidelines = guidelines;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (rules.count() > 0) {
            return;
        }
        long own = guidelines.findByTitleIgnoreCase(GuidelineDemoData.OWN_TITLE).orElseThrow().getId();
        long municipal = guidelines.findByTitleIgnoreCase(GuidelineDemoData.MUNICIPAL_TITLE).orElseThrow().getId();
        add(RuleKind.PERSONAL_IDENTITY_NUMBER, municipal, null);
        add(RuleKind.PRIVATE_CONTACT_DETAILS, municipal, "botkyrka.se");
        add(RuleKind.HASHTAG_CAMEL_CASE, municipal, null);
        add(RuleKind.NON_HTTPS_LINK, municipal, null);
        add(RuleKind.BANNED_WORDS, own, "idiot\ndumskalle\nkäften");
        add(RuleKind.PRIVATE_ACCOUNT_MENTION, own, null);
        add(RuleKind.MAX_LENGTH, own, null);
        add(RuleKind.SIGNATURE_REQUIRED, own, null);
        add(RuleKind.PRIVATE_HANDLE_IN_SIGNATURE, own, null);
        add(RuleKind.IMAGE_ALT_TEXT, own, null);
    }

    private void add(RuleKind kind, long guideline, String parameter) {
        rules.save(new GuidelineRule(kind, guideline, kind.defaultSeverity(), parameter, clock.instant()));
    }
}
