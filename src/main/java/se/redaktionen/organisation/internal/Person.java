package se.redaktionen.organisation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.SenderDetails;
import se.redaktionen.organisation.StaffUser;

/** A member of staff. Deactivated, never deleted, so that history keeps its authors. */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Role role;

    private boolean active = true;

    /** Null means the default signature, derived from the current name and branch. */
    @Column(length = 120)
    private String signature;

    @Column(name = "private_handles", length = 500)
    private String privateHandles;

    @Column(nullable = false, length = 5)
    private String language = "sv";

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Person() {
    }

    /** Someone new, to be {@link #describe described} before they are saved. */
    Person(String username, String passwordHash, boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public String firstName() {
        return Signatures.firstName(displayName);
    }

    public String defaultSignature() {
        return Signatures.defaultSignature(displayName, branch.getName());
    }

    public String effectiveSignature() {
        return Signatures.effective(signature, displayName, branch.getName());
    }

    public List<String> privateHandleList() {
        return Signatures.handles(privateHandles);
    }

    public SenderDetails senderDetails() {
        return new SenderDetails(id, displayName, firstName(), Signatures.initials(displayName), branch.getName(),
                effectiveSignature(), privateHandleList());
    }

    public PersonSummary summary() {
        return new PersonSummary(id, username, displayName, branch.getName(), role, active);
    }

    public StaffUser toStaffUser() {
        return new StaffUser(id, username, passwordHash, displayName, role, active, mustChangePassword,
                Locale.forLanguageTag(language));
    }

    /** What an admin decides about someone. A blank signature or handle list is none. */
    void describe(String displayName, String email, Branch branch, Role role, String signature,
                  String privateHandles) {
        this.email = email;
        this.branch = branch;
        this.role = role;
        describeSelf(displayName, signature, privateHandles, language);
    }

    /** What everyone decides about themselves on their profile. */
    void describeSelf(String displayName, String signature, String privateHandles, String language) {
        this.displayName = displayName;
        this.signature = blankToNull(signature);
        this.privateHandles = blankToNull(privateHandles);
        this.language = language;
        touch();
    }

    void setActive(boolean active) {
        this.active = active;
        touch();
    }

    void changePassword(String newHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextLogin;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Branch getBranch() {
        return branch;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public String getSignature() {
        return signature;
    }

    public String getPrivateHandles() {
        return privateHandles;
    }

    public String getLanguage() {
        return language;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
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
