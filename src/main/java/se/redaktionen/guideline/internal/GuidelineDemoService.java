package se.redaktionen.guideline.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.guideline.GuidelineDemo;
import se.redaktionen.guideline.GuidelineSource;
import se.redaktionen.guideline.RuleKind;

@Service
@Transactional
class GuidelineDemoService implements GuidelineDemo {

    private final GuidelineRepository guidelines;
    private final GuidelineVersionRepository versions;
    private final GuidelineRuleRepository rules;
    private final Clock clock;

    GuidelineDemoService(GuidelineRepository guidelines, GuidelineVersionRepository versions,
                         GuidelineRuleRepository rules, Clock clock) {
        this.guidelines = guidelines;
        this.versions = versions;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasGuidelines() {
        return guidelines.count() > 0;
    }

    @Override
    public long publish(String title, GuidelineSource source, String body, String changeNote, long adminId) {
        Guideline guideline = guidelines.save(new Guideline(title, source, clock.instant()));
        versions.save(guideline.publish(title, body, changeNote, adminId, clock.instant()));
        return guideline.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasRules() {
        return rules.count() > 0;
    }

    @Override
    public void addRule(String guidelineTitle, RuleKind kind, String parameter) {
        long guideline = guidelines.findByTitleIgnoreCase(guidelineTitle).orElseThrow().getId();
        rules.save(new GuidelineRule(kind, guideline, kind.defaultSeverity(), parameter, clock.instant()));
    }
}
