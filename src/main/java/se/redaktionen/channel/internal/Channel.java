package se.redaktionen.channel.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import se.redaktionen.channel.ChannelStatus;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.platform.ChannelKind;

/**
 * One account on one platform. Municipal rules demand a named responsible person and deputy.
 * Credentials are stored only encrypted and are never shown back.
 */
@Entity
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChannelKind kind;

    @Column(length = 300)
    private String handle;

    @Column(name = "branch_id")
    private Long branchId;

    @Column(length = 500)
    private String purpose;

    @Column(name = "responsible_id")
    private Long responsibleId;

    @Column(name = "deputy_id")
    private Long deputyId;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "signature_template", length = 200)
    private String signatureTemplate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChannelStatus status = ChannelStatus.ACTIVE;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(name = "retired_reason", length = 500)
    private String retiredReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "practises_as", length = 20)
    private ChannelKind practisesAs;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] credentials;

    /** An admin's confirmation that credentials may go to this channel's plain-http address. */
    @Column(name = "plain_http_allowed", nullable = false)
    private boolean plainHttpAllowed;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Channel() {
    }

    public Channel(String name, ChannelKind kind, String signatureTemplate, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.signatureTemplate = signatureTemplate;
        this.createdAt = createdAt;
    }

    public ChannelSummary summary() {
        return new ChannelSummary(id, name, kind, signatureTemplate, status == ChannelStatus.ACTIVE, rules());
    }

    /** The platform whose rules the text follows: a sandbox practises those of the kind it stands in for. */
    ChannelKind rules() {
        return kind.practice() && practisesAs != null ? practisesAs : kind;
    }

    void practiseAs(ChannelKind practisesAs) {
        this.practisesAs = kind.practice() ? practisesAs : null;
    }

    void describe(String name, ChannelKind kind, String handle, Long branchId, String purpose, long responsibleId,
                  long deputyId, LocalDate startedOn, String signatureTemplate) {
        this.name = name;
        this.kind = kind;
        this.handle = handle;
        this.branchId = branchId;
        this.purpose = purpose;
        this.responsibleId = responsibleId;
        this.deputyId = deputyId;
        this.startedOn = startedOn;
        this.signatureTemplate = signatureTemplate;
    }

    /** Connect reached this account: the handle becomes the one the platform named. */
    void connectTo(String handle) {
        this.handle = handle;
    }

    void allowPlainHttp(boolean allowed) {
        this.plainHttpAllowed = allowed;
    }

    void retire(LocalDate on, String reason) {
        status = ChannelStatus.RETIRED;
        retiredOn = on;
        retiredReason = reason;
    }

    void storeCredentials(byte[] encrypted) {
        this.credentials = encrypted;
    }

    byte[] encryptedCredentials() {
        return credentials;
    }

    public boolean hasCredentials() {
        return credentials != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public String getHandle() {
        return handle;
    }

    public Long getBranchId() {
        return branchId;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getSignatureTemplate() {
        return signatureTemplate;
    }

    public boolean isPlainHttpAllowed() {
        return plainHttpAllowed;
    }

    public ChannelKind getPractisesAs() {
        return practisesAs;
    }

    public ChannelStatus getStatus() {
        return status;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public String getRetiredReason() {
        return retiredReason;
    }

    public long getVersion() {
        return version;
    }
}
