package se.redaktionen.post.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** Something that happened to a post, kept for its history: which post and when. Never changed once written. */
@MappedSuperclass
public abstract class PostRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false)
    private Instant at;

    protected PostRecord() {
    }

    PostRecord(long postId, Instant at) {
        this.postId = postId;
        this.at = at;
    }

    public Instant getAt() {
        return at;
    }
}
