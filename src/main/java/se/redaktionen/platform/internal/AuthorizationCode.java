package se.redaktionen.platform.internal;

import java.net.URI;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/** OAuth2's authorization code grant (RFC 6749, 4.1), as the platforms that use it ask for and answer it. */
public final class AuthorizationCode {

    private AuthorizationCode() {
    }

    /** Where the admin's browser goes to allow the app: the endpoint with the app, the way back and our state. */
    public static URI request(String endpoint, String clientId, String callback, String state,
                              Map<String, String> more) {
        UriComponentsBuilder address = UriComponentsBuilder.fromUriString(endpoint)
                .queryParam("client_id", clientId)
                .queryParam("redirect_uri", callback)
                .queryParam("state", state)
                .queryParam("response_type", "code");
        more.forEach(address::queryParam);
        return address.encode().build().toUri();
    }

    /** The way back says no ({@code error=access_denied} when the admin cancels), or brings no code. */
    public static boolean refused(Map<String, String> parameters) {
        return parameters.containsKey("error") || parameters.get("code") == null;
    }
}
