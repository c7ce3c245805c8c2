package se.redaktionen.guideline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.guideline.internal.Acknowledgement;
import se.redaktionen.guideline.internal.AcknowledgementRepository;
import se.redaktionen.guideline.internal.Guideline;
import se.redaktionen.guideline.internal.GuidelineRepository;
import se.redaktionen.guideline.internal.GuidelineVersion;
import se.redaktionen.guideline.internal.GuidelineVersionRepository;

/**
 * The guideline module's public API. Every active person must acknowledge the current version of
 * every active guideline before they may submit a post; new staff start here.
 */
@Service
@Transactional(readOnly = true)
public class Guidelines {

    private final GuidelineRepository guidelines;
    private final GuidelineVersionRepository versions;
    private final AcknowledgementRepository acknowledgements;

    Guidelines(GuidelineRepository guidelines, GuidelineVersionRepository versions,
               AcknowledgementRepository acknowledgements) {
        this.guidelines = guidelines;
        this.versions = versions;
        this.acknowledgements = acknowledgements;
    }

    /** The current guideline versions the person has yet to acknowledge, by title. */
    public List<PendingAcknowledgement> pendingFor(long personId) {
        Set<Long> acknowledged = acknowledgements.findByPersonId(personId).stream()
                .map(Acknowledgement::getGuidelineVersionId).collect(Collectors.toSet());
        return guidelines.findByActiveTrueOrderByTitleAsc().stream()
                .filter(g -> versions.findByGuidelineIdAndNumber(g.getId(), g.getCurrentVersion())
                        .map(GuidelineVersion::getId).filter(acknowledged::contains).isEmpty())
                .map(g -> new PendingAcknowledgement(g.getId(), g.getTitle(), g.getSource(), g.getCurrentVersion()))
                .toList();
    }

    public boolean allAcknowledgedBy(long personId) {
        return pendingFor(personId).isEmpty();
    }
}
