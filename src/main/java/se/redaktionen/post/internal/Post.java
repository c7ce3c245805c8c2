package se.redaktionen.post.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import se.redaktionen.post.PostState;

/** A post: one text for one or more channels, written by its author and sent as its sender. */
@Entity
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 200)
    private String title;

    @Column(nullable = false, length = 63206)
    private String body;

    @Column(length = 2000)
    private String link;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostState state = PostState.DRAFT;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "post_channel", joinColumns = @JoinColumn(name = "post_id"))
    private List<ChannelText> channels = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Post() {
    }

    Post(long authorId, Instant createdAt) {
        this.authorId = authorId;
        this.senderId = authorId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void write(String title, String body, String link, long senderId, Instant scheduledAt, List<ChannelText> texts,
               Instant at) {
        this.title = title;
        this.body = body;
        this.link = link;
        this.senderId = senderId;
        this.scheduledAt = scheduledAt;
        this.channels.clear();
        this.channels.addAll(texts);
        this.updatedAt = at;
    }

    void reschedule(Instant scheduledAt, Instant at) {
        this.scheduledAt = scheduledAt;
        this.updatedAt = at;
    }

    /** Moves the post on, or refuses with the reason; the caller records the transition. */
    PostTransition moveTo(PostState next, Long actorId, String comment, Instant at) {
        if (!state.canMoveTo(next)) {
            throw new ForbiddenTransition(state, next);
        }
        PostTransition transition = new PostTransition(id, state, next, actorId, comment, at);
        state = next;
        updatedAt = at;
        return transition;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public long getAuthorId() {
        return authorId;
    }

    public long getSenderId() {
        return senderId;
    }

    public PostState getState() {
        return state;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public List<ChannelText> getChannels() {
        return channels;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
