package se.redaktionen.post.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in the conversation between a post's author and the editors. */
@Entity
@Table(name = "post_comment")
public class PostComment {

    /** The longest comment a reviewer or author may write; the column holds twice as much. */
    static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 4000)
    private String text;

    protected PostComment() {
    }

    PostComment(long postId, long authorId, String text, Instant at) {
        this.postId = postId;
        this.authorId = authorId;
        this.text = text;
        this.at = at;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getAt() {
        return at;
    }

    public String getText() {
        return text;
    }
}
