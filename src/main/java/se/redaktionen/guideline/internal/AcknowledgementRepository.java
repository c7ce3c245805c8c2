package se.redaktionen.guideline.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AcknowledgementRepository extends JpaRepository<Acknowledgement, Long> {

    boolean existsByGuidelineVersionIdAndPersonId(long guidelineVersionId, long personId);

    List<Acknowledgement> findByGuidelineVersionId(long guidelineVersionId);

    List<Acknowledgement> findByPersonId(long personId);
}
