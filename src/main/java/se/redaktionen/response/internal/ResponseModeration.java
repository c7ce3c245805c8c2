package se.redaktionen.response.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import se.redaktionen.response.ModerationReason;

/**
 * The record of one hide or removal: the full text and metadata as they were, who acted, why, and
 * what the platform did. Kept for good, as removal on the platform disposes of a public record.
 */
@Entity
@jakarta.persistence.Table(name = "response_moderation")
public class ResponseModeration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(nullable = false, length = 10)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ModerationReason reason;

    @Column(name = "reason_text", length = 1000)
    private String reasonText;

    @Column(name = "acted_by", nullable = false)
    private long actedBy;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    @Column(name = "original_text", nullable = false, length = 10000)
    private String originalText;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Column(name = "author_handle", length = 200)
    private String authorHandle;

    @Column(name = "platform_id", nullable = false, length = 200)
    private String platformId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "platform_result", nullable = false, length = 40)
    private String platformResult;

    @Column(name = "platform_detail", length = 1000)
    private String platformDetail;

    protected ResponseModeration() {
    }

    ResponseModeration(Response response, String action, ModerationReason reason, String reasonText, long actedBy,
                       Instant actedAt, String platformResult, String platformDetail) {
        this.responseId = response.getId();
        this.action = action;
        this.reason = reason;
        this.reasonText = reasonText;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
        this.originalText = response.getText();
        this.authorName = response.getAuthorName();
        this.authorHandle = response.getAuthorHandle();
        this.platformId = response.getPlatformId();
        this.receivedAt = response.getReceivedAt();
        this.platformResult = platformResult;
        this.platformDetail = platformDetail;
    }

    public Long getId() {
        return id;
    }

    public long getResponseId() {
        return responseId;
    }

    public String getAction() {
        return action;
    }

    public ModerationReason getReason() {
        return reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public long getActedBy() {
        return actedBy;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public String getOriginalText() {
        return originalText;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorHandle() {
        return authorHandle;
    }

    public String getPlatformId() {
        return platformId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getPlatformResult() {
        return platformResult;
    }

    public String getPlatformDetail() {
        return platformDetail;
    }
}
