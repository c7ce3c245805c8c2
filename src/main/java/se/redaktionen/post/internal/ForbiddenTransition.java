package se.redaktionen.post.internal;

import se.redaktionen.post.PostState;

/** A move the state machine does not have, such as approving a draft or editing a published post. */
class ForbiddenTransition extends RuntimeException {

    private final PostState from;
    private final PostState to;

    ForbiddenTransition(PostState from, PostState to) {
        super(from + " -> " + to);
        this.from = from;
        this.to = to;
    }

    PostState from() {
        return from;
    }

    PostState to() {
        return to;
    }
}
