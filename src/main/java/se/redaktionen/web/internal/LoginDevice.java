package se.redaktionen.web.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A browser where someone logged in: the hash of its device token, whose it is, and failures since. */
@Entity
@Table(name = "login_device")
class LoginDevice {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    private String username;

    private int failures;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LoginDevice() {
    }

    LoginDevice(String tokenHash, String username, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.createdAt = createdAt;
    }

    String getTokenHash() {
        return tokenHash;
    }

    String getUsername() {
        return username;
    }
}
