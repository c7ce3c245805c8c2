package se.redaktionen.demo;

import org.springframework.stereotype.Component;

import se.redaktionen.guideline.GuidelineDemo;
import se.redaktionen.guideline.GuidelineSource;
import se.redaktionen.guideline.RuleKind;

/** The library's own social-media guideline and the municipality's, published by the admin; one rule of each kind. */
@Component
@DemoMode
class GuidelineSeed {

    private final GuidelineDemo guidelines;
    private final DemoPeople people;

    GuidelineSeed(GuidelineDemo guidelines, DemoPeople people) {
        this.guidelines = guidelines;
        this.people = people;
    }

    void seed() {
        if (!guidelines.hasGuidelines()) {
            long admin = people.id("demo-admin");
            DemoCsv.read("guidelines.csv").forEach(g -> guidelines.publish(g.get("title"),
                    GuidelineSource.valueOf(g.get("source")), g.get("body"), g.get("change_note"), admin));
        }
        if (!guidelines.hasRules()) {
            DemoCsv.read("rules.csv").forEach(r -> guidelines.addRule(r.get("guideline"),
                    RuleKind.valueOf(r.get("kind")), DemoCsv.text(r, "parameter")));
        }
    }
}
