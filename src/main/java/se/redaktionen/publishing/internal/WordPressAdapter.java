package se.redaktionen.publishing.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;

/**
 * A WordPress blog through its REST API with an application password (HTTP Basic). The channel's
 * handle is the site address. Each publication carries a unique slug, by which reconciliation finds it.
 */
@Component
class WordPressAdapter implements PlatformAdapter {

    private final PlatformHttp http;

    WordPressAdapter(PlatformHttp http) {
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WORDPRESS_BLOG;
    }

    @Override
    public Published publish(ChannelAccount account, Publication publication) {
        if (publication.isReply()) {
            throw PlatformFailure.permanent(FailureCode.NO_API, "replies");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title(publication));
        body.put("content", paragraphs(publication.text()));
        body.put("status", "publish");
        body.put("slug", publication.slug());
        JsonNode created = http.call(HttpMethod.POST, endpoint(account, "/wp-json/wp/v2/posts").build().toUri(),
                auth(account), body, true, WordPressAdapter::errorText);
        if (!created.hasNonNull("id")) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.UNCERTAIN, FailureCode.UNEXPECTED_RESPONSE,
                    "no id in the answer", null, null);
        }
        return new Published(created.path("id").asString(), created.path("link").asString(null));
    }

    @Override
    public Optional<Published> find(ChannelAccount account, Publication publication) {
        URI uri = endpoint(account, "/wp-json/wp/v2/posts").queryParam("slug", publication.slug())
                .queryParam("status", "any").queryParam("context", "edit").encode().build().toUri();
        JsonNode found = http.call(HttpMethod.GET, uri, auth(account), null, false, WordPressAdapter::errorText);
        for (JsonNode post : found) {
            if (publication.slug().equals(post.path("slug").asString(""))) {
                return Optional.of(new Published(post.path("id").asString(), post.path("link").asString(null)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        throw PlatformFailure.permanent(FailureCode.NO_API, "moderation");
    }

    @Override
    public boolean readsResponses() {
        return false;
    }

    @Override
    public se.redaktionen.publishing.InboundPage fetchResponses(ChannelAccount account, String cursor) {
        throw PlatformFailure.permanent(FailureCode.NO_API, "responses");
    }

    @Override
    public String testConnection(ChannelAccount account) {
        URI uri = endpoint(account, "/wp-json/wp/v2/users/me").queryParam("context", "edit").build().toUri();
        JsonNode me = http.call(HttpMethod.GET, uri, auth(account), null, false, WordPressAdapter::errorText);
        return me.path("name").asString("?") + " (" + site(account) + ")";
    }

    /** The post body as text in paragraphs: blank lines part them, single line breaks stay, nothing is HTML. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>").append(String.join("<br>\n", java.util.Arrays.stream(paragraph.strip().split("\\R"))
                    .map(line -> HtmlUtils.htmlEscape(line.strip(), StandardCharsets.UTF_8.name())).toList()))
                    .append("</p>\n");
        }
        return html.toString().strip();
    }

    private static String title(Publication publication) {
        if (publication.title() != null && !publication.title().isBlank()) {
            return publication.title().strip();
        }
        String firstLine = publication.text().strip().split("\\R", 2)[0];
        return firstLine.length() > 80 ? firstLine.substring(0, 79) + "…" : firstLine;
    }

    private static UriComponentsBuilder endpoint(ChannelAccount account, String path) {
        return UriComponentsBuilder.fromUriString(site(account)).path(path);
    }

    private static String site(ChannelAccount account) {
        String site = account.handle() == null ? "" : account.handle().strip();
        if (!site.startsWith("https://") && !site.startsWith("http://")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "the channel's address is not a web address");
        }
        return site.replaceAll("/+$", "");
    }

    private static java.util.function.Consumer<HttpHeaders> auth(ChannelAccount account) {
        String username = account.credential("username");
        String password = account.credential("applicationPassword");
        if (username == null || password == null) {
            throw PlatformFailure.permanent(FailureCode.CREDENTIALS_MISSING, null);
        }
        return headers -> headers.setBasicAuth(username, password.replace(" ", ""), StandardCharsets.UTF_8);
    }

    /** WordPress answers {@code {"code","message","data":{"status"}}}. */
    static String errorText(JsonNode error) {
        String code = error.path("code").asString("");
        String message = HtmlUtils.htmlUnescape(error.path("message").asString(""));
        return code.isEmpty() ? message : message + " (" + code + ")";
    }
}
