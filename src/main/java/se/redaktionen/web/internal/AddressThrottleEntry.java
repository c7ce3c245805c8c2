package se.redaktionen.web.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed logins from one client address, whatever usernames they tried. */
@Entity
@Table(name = "login_address_throttle")
class AddressThrottleEntry extends FailureCount {

    @Id
    private String address;

    protected AddressThrottleEntry() {
    }

    AddressThrottleEntry(String address) {
        this.address = address;
    }
}
