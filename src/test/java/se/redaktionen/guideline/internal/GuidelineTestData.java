package se.redaktionen.guideline.internal;

import java.time.Clock;

import org.springframework.context.ApplicationContext;

import se.redaktionen.guideline.Guidelines;
import se.redaktionen.guideline.PendingAcknowledgement;

/** The guideline module's side of {@link se.redaktionen.support.TestData}: what the acknowledge button does. */
public final class GuidelineTestData {

    private GuidelineTestData() {
    }

    /** Acknowledges the current version of every active guideline, as a person must before submitting. */
    public static void acknowledgeAll(ApplicationContext context, long personId) {
        GuidelineVersionRepository versions = context.getBean(GuidelineVersionRepository.class);
        AcknowledgementRepository acknowledgements = context.getBean(AcknowledgementRepository.class);
        Clock clock = context.getBean(Clock.class);
        for (PendingAcknowledgement pending : context.getBean(Guidelines.class).pendingFor(personId)) {
            GuidelineVersion current = versions.findByGuidelineIdAndNumber(pending.guidelineId(), pending.version())
                    .orElseThrow();
            acknowledgements.save(new Acknowledgement(current.getId(), personId, clock.instant()));
        }
    }
}
