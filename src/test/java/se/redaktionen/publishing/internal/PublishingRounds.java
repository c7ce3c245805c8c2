package se.redaktionen.publishing.internal;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package run one round of the outbox, as the scheduler would. */
public final class PublishingRounds {

    private PublishingRounds() {
    }

    public static int runOnce(ApplicationContext context) {
        return context.getBean(PublicationRunner.class).runOnce();
    }
}
