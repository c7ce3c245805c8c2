package se.redaktionen.guideline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.guideline.internal.Guideline;
import se.redaktionen.guideline.internal.GuidelineRepository;
import se.redaktionen.guideline.internal.GuidelineRule;
import se.redaktionen.guideline.internal.GuidelineRuleRepository;
import se.redaktionen.guideline.internal.RuleFindings;
import se.redaktionen.organisation.People;

/** Runs the active rules of active guidelines over a post or a text; BLOCK findings first. */
@Service
@Transactional(readOnly = true)
public class RuleChecks {

    private final GuidelineRuleRepository rules;
    private final GuidelineRepository guidelines;
    private final People people;

    RuleChecks(GuidelineRuleRepository rules, GuidelineRepository guidelines, People people) {
        this.rules = rules;
        this.guidelines = guidelines;
        this.people = people;
    }

    public List<Violation> check(String text) {
        return check(CheckedPost.ofText(text));
    }

    public List<Violation> check(CheckedPost post) {
        if (post.text() == null || post.text().isBlank()) {
            return List.of();
        }
        Map<Long, Guideline> active = guidelines.findByActiveTrueOrderByTitleAsc().stream()
                .collect(Collectors.toMap(Guideline::getId, Function.identity()));
        List<String> privateHandles = people.registeredPrivateHandles();
        List<Violation> violations = new ArrayList<>();
        for (GuidelineRule rule : rules.findByActiveTrue()) {
            Guideline guideline = active.get(rule.getGuidelineId());
            if (guideline == null) {
                continue;
            }
            for (String finding : RuleFindings.of(rule, post, privateHandles)) {
                violations.add(new Violation(rule.getId(), rule.getKind(), rule.getSeverity(), guideline.getId(),
                        guideline.getTitle(), finding));
            }
        }
        violations.sort(Comparator.comparing(Violation::severity).thenComparing(Violation::kind));
        return violations;
    }
}
