package se.redaktionen.web.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed logins for one username, known or not. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry extends FailureCount {

    @Id
    private String username;

    protected LoginThrottleEntry() {
    }

    LoginThrottleEntry(String username) {
        this.username = username;
    }
}
