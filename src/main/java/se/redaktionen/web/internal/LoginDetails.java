package se.redaktionen.web.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a login by form or HTTP Basic brings besides username and password: the client address it is throttled
 * by and the hashes of the device tokens the browser presented (hashes only, as the details stay in the session).
 */
class LoginDetails extends WebAuthenticationDetails {

    private static final LoginDetails NONE = new LoginDetails();

    private final String throttledAddress;
    private final List<String> deviceTokenHashes;

    LoginDetails(HttpServletRequest request) {
        super(request);
        this.throttledAddress = ClientAddress.of(request.getRemoteAddr());
        this.deviceTokenHashes = DeviceCookies.presented(request).stream().map(LoginDevices::hash).toList();
    }

    private LoginDetails() {
        super(null, null);
        this.throttledAddress = null;
        this.deviceTokenHashes = List.of();
    }

    /** The details of an authentication request; none for one that did not come over HTTP. */
    static LoginDetails of(Object details) {
        return details instanceof LoginDetails login ? login : NONE;
    }

    String throttledAddress() {
        return throttledAddress;
    }

    List<String> deviceTokenHashes() {
        return deviceTokenHashes;
    }
}
