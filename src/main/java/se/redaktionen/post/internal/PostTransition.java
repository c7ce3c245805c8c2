package se.redaktionen.post.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.redaktionen.post.PostState;

/** One recorded move of a post: who, when, from, to, and why. */
@Entity
@Table(name = "post_transition")
public class PostTransition extends PostRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 20)
    private PostState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private PostState toState;

    /** Null when no person made the move: publishing finished on every channel. */
    @Column(name = "actor_id")
    private Long actorId;

    @Column(length = 2000)
    private String comment;

    protected PostTransition() {
    }

    PostTransition(long postId, PostState fromState, PostState toState, Long actorId, String comment, Instant at) {
        super(postId, at);
        this.fromState = fromState;
        this.toState = toState;
        this.actorId = actorId;
        this.comment = comment;
    }

    public PostState getFromState() {
        return fromState;
    }

    public PostState getToState() {
        return toState;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getComment() {
        return comment;
    }
}
