package se.redaktionen.platform.internal.x;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent OAuth 1.0a (RFC 5849) HMAC-SHA1 check, so that the test does not trust the library
 * that signs: the signature base string is the method, the address without query and the sorted,
 * percent-encoded oauth and query parameters; a JSON body is not part of it.
 */
public final class OAuth1 {

    private static final Pattern PARAMETER = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");

    private OAuth1() {
    }

    public static Map<String, String> parameters(String authorization) {
        Map<String, String> parameters = new HashMap<>();
        Matcher m = PARAMETER.matcher(authorization.substring("OAuth ".length()));
        while (m.find()) {
            parameters.put(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    public static boolean signatureIsValid(String method, String origin, String pathAndQuery, String authorization,
                                    String consumerSecret, String tokenSecret) {
        return signatureIsValid(method, origin, pathAndQuery, "", authorization, consumerSecret, tokenSecret);
    }

    /** As above for a request with a form body ({@code application/x-www-form-urlencoded}), whose parameters are signed. */
    public static boolean signatureIsValid(String method, String origin, String pathAndQuery, String formBody,
                                           String authorization, String consumerSecret, String tokenSecret) {
        Map<String, String> oauth = parameters(authorization);
        List<String[]> pairs = new ArrayList<>();
        oauth.forEach((name, value) -> {
            if (!name.equals("oauth_signature")) {
                pairs.add(new String[] {encode(name), encode(value)});
            }
        });
        String[] parts = pathAndQuery.split("\\?", 2);
        String signedParameters = (parts.length == 2 ? parts[1] : "") + "&" + formBody;
        for (String pair : signedParameters.split("&")) {
            if (!pair.isEmpty()) {
                String[] nameValue = pair.split("=", 2);
                pairs.add(new String[] {encode(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8)),
                        encode(nameValue.length == 2 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8)
                                : "")});
            }
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        String normalised = pairs.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
        String baseString = method + "&" + encode(origin.toLowerCase(Locale.ROOT) + parts[0]) + "&"
                + encode(normalised);
        String key = encode(consumerSecret) + "&" + encode(tokenSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String expected = Base64.getEncoder()
                    .encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
            return expected.equals(oauth.get("oauth_signature"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 3986 percent-encoding: everything but the unreserved characters, upper-case hex. */
    public static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
