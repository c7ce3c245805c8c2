package se.redaktionen.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session with a running server, through the real container: log in, read a page, post a
 * multipart form with the CSRF token the page carries. Redirects are not followed.
 */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static BrowserSession loggedIn(int port, String username, String password) throws Exception {
        BrowserSession session = new BrowserSession(port);
        String token = session.csrf("/login");
        HttpResponse<String> login = session.client.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + username);
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the fields and one file as a browser would, with the CSRF token of the page at {@code formPage}. */
    public HttpResponse<String> upload(String formPage, String path, Map<String, String> fields, String fileField,
                                       String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "----redaktionen" + System.nanoTime();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrf(formPage));
        all.putAll(fields);
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
        for (Map.Entry<String, String> field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(String page) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return token.group(1);
    }
}
