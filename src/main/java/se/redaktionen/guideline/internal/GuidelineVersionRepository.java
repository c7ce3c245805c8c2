package se.redaktionen.guideline.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GuidelineVersionRepository extends JpaRepository<GuidelineVersion, Long> {

    Optional<GuidelineVersion> findByGuidelineIdAndNumber(long guidelineId, int number);

    List<GuidelineVersion> findByGuidelineIdOrderByNumberDesc(long guidelineId);
}
