package se.redaktionen.event.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

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

import se.redaktionen.event.EventKind;
import se.redaktionen.event.LiveWindow;

/**
 * One event of the library and its live coverage: who covers it, on which channels, and when they may post
 * without review. Cancelling keeps the event with its record and closes its window for good.
 */
@Entity
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventKind kind;

    @Column(name = "branch_id")
    private Long branchId;

    @Column(length = 200)
    private String venue;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 4000)
    private String description;

    @Column(length = 100)
    private String hashtag;

    @Column(name = "responsible_id", nullable = false)
    private long responsibleId;

    @Column(name = "window_opens_at", nullable = false)
    private Instant windowOpensAt;

    @Column(name = "window_closes_at", nullable = false)
    private Instant windowClosesAt;

    @Column(name = "thread_on_x", nullable = false)
    private boolean threadOnX;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_team_member", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "person_id")
    private Set<Long> teamIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_channel", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "channel_id")
    private Set<Long> channelIds = new HashSet<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    protected Event() {
    }

    Event(long createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Everything an editor decides about the event; exactly one of branch and venue is given. */
    void describe(String title, EventKind kind, Long branchId, String venue, Instant startsAt, Instant endsAt,
                  String description, String hashtag, long responsibleId) {
        this.title = title;
        this.kind = kind;
        this.branchId = branchId;
        this.venue = venue;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.description = description;
        this.hashtag = hashtag;
        this.responsibleId = responsibleId;
    }

    void cover(Set<Long> teamIds, Set<Long> channelIds, LiveWindow window, boolean threadOnX) {
        this.teamIds.clear();
        this.teamIds.addAll(teamIds);
        this.channelIds.clear();
        this.channelIds.addAll(channelIds);
        this.windowOpensAt = window.opens();
        this.windowClosesAt = window.closes();
        this.threadOnX = threadOnX;
    }

    void cancel(long by, Instant at) {
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    public LiveWindow window() {
        return new LiveWindow(windowOpensAt, windowClosesAt, isCancelled());
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public EventKind getKind() {
        return kind;
    }

    public Long getBranchId() {
        return branchId;
    }

    public String getVenue() {
        return venue;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getDescription() {
        return description;
    }

    public String getHashtag() {
        return hashtag;
    }

    public long getResponsibleId() {
        return responsibleId;
    }

    public boolean isThreadOnX() {
        return threadOnX;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Long getCancelledBy() {
        return cancelledBy;
    }

    public Set<Long> getTeamIds() {
        return Set.copyOf(teamIds);
    }

    public Set<Long> getChannelIds() {
        return Set.copyOf(channelIds);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }
}
