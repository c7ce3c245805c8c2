package se.redaktionen.post.internal;

import se.redaktionen.post.PostState;

/**
 * A move the state machine does not have. The workflow checks first and refuses politely; this is
 * the entity's own guard, so that no code path can make such a move.
 */
class ForbiddenTransition extends IllegalStateException {

    ForbiddenTransition(PostState from, PostState to) {
        super(from + " -> " + to);
    }
}
