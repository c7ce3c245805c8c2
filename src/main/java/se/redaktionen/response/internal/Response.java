package se.redaktionen.response.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import se.redaktionen.response.ResponseKind;
import se.redaktionen.response.ResponseState;

/** One response from the public, who it is routed to, and how it was answered. */
@Entity
public class Response {

    /** Where the assignment came from, so the inbox can say why it is yours. */
    enum RoutedTo { SENDER, ANSWERER, RESPONSIBLE, DEPUTY, REASSIGNED, NOBODY }

    /** How the response reached Redaktionen. */
    enum Source { PLATFORM, MANUAL, CSV, API }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "platform_id", nullable = false, length = 200)
    private String platformId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseKind kind;

    @Column(name = "in_reply_to", length = 200)
    private String inReplyTo;

    @Column(name = "publication_id")
    private Long publicationId;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Column(name = "author_handle", length = 200)
    private String authorHandle;

    @Column(nullable = false, length = 10000)
    private String text;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseState state;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "routed_to", nullable = false, length = 20)
    private RoutedTo routedTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "logged_by")
    private Long loggedBy;

    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_where", length = 20)
    private String answeredWhere;

    @Column(name = "answer_text", length = 10000)
    private String answerText;

    @Column(name = "answer_publication_id")
    private Long answerPublicationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Response() {
    }

    Response(long channelId, String platformId, ResponseKind kind, String inReplyTo, String authorName,
             String authorHandle, String text, Instant receivedAt, Source source, Long loggedBy, Instant now) {
        this.channelId = channelId;
        this.platformId = platformId;
        this.kind = kind;
        this.inReplyTo = inReplyTo;
        this.authorName = authorName;
        this.authorHandle = authorHandle;
        this.text = text;
        this.receivedAt = receivedAt;
        this.source = source;
        this.loggedBy = loggedBy;
        this.state = ResponseState.NEW;
        this.routedTo = RoutedTo.NOBODY;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void answers(Long publicationId, Long postId) {
        this.publicationId = publicationId;
        this.postId = postId;
    }

    void assign(Long personId, RoutedTo why, Instant at) {
        this.assigneeId = personId;
        this.routedTo = personId == null ? RoutedTo.NOBODY : why;
        if (state.open()) {
            state = personId == null ? ResponseState.NEW : ResponseState.ASSIGNED;
        }
        this.updatedAt = at;
    }

    void answer(String where, String text, Long publicationId, long personId, Instant at) {
        this.state = ResponseState.ANSWERED;
        this.answeredWhere = where;
        this.answerText = text;
        this.answerPublicationId = publicationId;
        this.answeredBy = personId;
        if (firstAnsweredAt == null) {
            firstAnsweredAt = at;
        }
        this.updatedAt = at;
    }

    void noActionNeeded(long personId, Instant at) {
        this.state = ResponseState.NO_ACTION_NEEDED;
        this.answeredBy = personId;
        this.updatedAt = at;
    }

    void moderate(ResponseState result, Instant at) {
        this.state = result;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getChannelId() {
        return channelId;
    }

    public String getPlatformId() {
        return platformId;
    }

    public ResponseKind getKind() {
        return kind;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public Long getPublicationId() {
        return publicationId;
    }

    public Long getPostId() {
        return postId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorHandle() {
        return authorHandle;
    }

    public String getText() {
        return text;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public ResponseState getState() {
        return state;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public RoutedTo getRoutedTo() {
        return routedTo;
    }

    public Source getSource() {
        return source;
    }

    public Long getLoggedBy() {
        return loggedBy;
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public String getAnsweredWhere() {
        return answeredWhere;
    }

    public String getAnswerText() {
        return answerText;
    }

    public Long getAnswerPublicationId() {
        return answerPublicationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
