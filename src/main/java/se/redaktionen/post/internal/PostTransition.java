package se.redaktionen.post.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import se.redaktionen.post.PostState;

/** One recorded move of a post: who, when, from, to, and why. */
@Entity
@Table(name = "post_transition")
public class PostTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 20)
    private PostState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private PostState toState;

    /** Null when no person made the move: publishing finished on every channel. */
    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false)
    private Instant at;

    @Column(length = 2000)
    private String comment;

    protected PostTransition() {
    }

    PostTransition(long postId, PostState fromState, PostState toState, Long actorId, String comment, Instant at) {
        this.postId = postId;
        this.fromState = fromState;
        this.toState = toState;
        this.actorId = actorId;
        this.comment = comment;
        this.at = at;
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

    public Instant getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }
}
