package se.redaktionen.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A post is published when each of its rows is finished: published or cancelled, nothing else. */
class PublicationStateTest {

    @Test
    void publishedAndCancelledRowsAreFinished() {
        assertThat(PublicationState.PUBLISHED.finished()).isTrue();
        assertThat(PublicationState.CANCELLED.finished()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = PublicationState.class, names = {"PENDING", "IN_FLIGHT", "FAILED", "UNCERTAIN"})
    void everyOtherRowStillNeedsSomething(PublicationState state) {
        assertThat(state.finished()).isFalse();
    }
}
