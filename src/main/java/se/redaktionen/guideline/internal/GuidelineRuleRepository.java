package se.redaktionen.guideline.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GuidelineRuleRepository extends JpaRepository<GuidelineRule, Long> {

    List<GuidelineRule> findByActiveTrue();

    List<GuidelineRule> findAllByOrderByActiveDescKindAsc();
}
