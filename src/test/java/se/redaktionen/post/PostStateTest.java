package se.redaktionen.post;

import static org.assertj.core.api.Assertions.assertThat;
import static se.redaktionen.post.PostState.APPROVED;
import static se.redaktionen.post.PostState.CHANGES_REQUESTED;
import static se.redaktionen.post.PostState.DRAFT;
import static se.redaktionen.post.PostState.PUBLISHED;
import static se.redaktionen.post.PostState.REJECTED;
import static se.redaktionen.post.PostState.SUBMITTED;
import static se.redaktionen.post.PostState.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostStateTest {

    private static final Map<PostState, Set<PostState>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(CHANGES_REQUESTED, APPROVED, REJECTED, WITHDRAWN),
            CHANGES_REQUESTED, EnumSet.of(SUBMITTED, WITHDRAWN),
            APPROVED, EnumSet.of(PUBLISHED, WITHDRAWN),
            PUBLISHED, EnumSet.noneOf(PostState.class),
            REJECTED, EnumSet.noneOf(PostState.class),
            WITHDRAWN, EnumSet.noneOf(PostState.class));

    @ParameterizedTest
    @EnumSource(PostState.class)
    void exactlyTheDocumentedMovesAreAllowedFrom(PostState from) {
        for (PostState to : PostState.values()) {
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @Test
    void onlyDraftsAndPostsSentBackCanBeEdited() {
        assertThat(EnumSet.allOf(PostState.class)).filteredOn(PostState::editable)
                .containsExactlyInAnyOrder(DRAFT, CHANGES_REQUESTED);
    }
}
