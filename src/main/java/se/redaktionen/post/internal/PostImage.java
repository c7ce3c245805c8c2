package se.redaktionen.post.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import se.redaktionen.web.TrimmedText;

/** An image on a post. Kept in the database, so every application node serves the same images. */
@Entity
@Table(name = "post_image")
public class PostImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "alt_text", length = 1000)
    private String altText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PostImage() {
    }

    PostImage(long postId, String fileName, String contentType, byte[] data, String altText, Instant createdAt) {
        this.postId = postId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.altText = TrimmedText.of(altText);
        this.createdAt = createdAt;
    }

    void describe(String altText) {
        this.altText = TrimmedText.of(altText);
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data;
    }

    public String getAltText() {
        return altText;
    }
}
