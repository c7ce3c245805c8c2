package se.redaktionen.platform.internal.facebook;

import static se.redaktionen.platform.internal.RequestKind.CREATING;
import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;
import static se.redaktionen.platform.internal.facebook.FacebookGraph.objectId;
import static se.redaktionen.platform.internal.facebook.FacebookGraph.pageId;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.restfb.Parameter;
import com.restfb.types.FacebookType;
import com.restfb.types.Post;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.Publisher;
import se.redaktionen.platform.internal.HttpOutcomes;
import se.redaktionen.platform.internal.SameText;
import se.redaktionen.platform.internal.facebook.FacebookGraph.PageIdentity;

/**
 * Posts through {@code POST /{page-id}/feed} with message and link; replies are comments
 * ({@code POST /{id}/comments}).
 */
@Component
class FacebookPublisher extends FacebookCapability implements Publisher {

    FacebookPublisher(FacebookGraph graph) {
        super(graph);
    }

    @Override
    public Published publish(ChannelAccount account, Outgoing publication) {
        if (publication.isReply()) {
            return reply(account, publication);
        }
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(Parameter.with("message", publication.text()));
        if (publication.link() != null && !publication.link().isBlank()) {
            parameters.add(Parameter.with("link", publication.link().strip()));
        }
        FacebookClient client = graph.client(account);
        FacebookType created = client.call(CREATING, () -> client.facebook.publish(pageId(account) + "/feed",
                FacebookType.class, parameters.toArray(Parameter[]::new)));
        if (created == null || created.getId() == null) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.UNCERTAIN, FailureCode.UNEXPECTED_RESPONSE,
                    "no id in the answer", null, null);
        }
        return new Published(created.getId(), graph.webUrl(created.getId()));
    }

    /** The page's recent posts since shortly before the publication was made, compared by message. */
    @Override
    public Optional<Published> find(ChannelAccount account, Outgoing publication) {
        if (publication.isReply()) {
            return findReply(account, publication);
        }
        FacebookClient client = graph.client(account);
        List<Post> posts = client.call(IDEMPOTENT, () -> client.facebook.fetchConnection(pageId(account) + "/feed",
                Post.class, Parameter.with("fields", "id,message,created_time,permalink_url"),
                Parameter.with("since", publication.createdAt().minus(1, ChronoUnit.MINUTES).getEpochSecond()),
                Parameter.with("limit", 100)).getData());
        String wanted = SameText.normalise(publication.text());
        return posts.stream().filter(p -> SameText.normalise(p.getMessage()).equals(wanted)).findFirst()
                .map(p -> new Published(p.getId(), p.getPermalinkUrl() != null ? p.getPermalinkUrl()
                        : graph.webUrl(p.getId())));
    }

    /**
     * A comment on what is answered, as the page: {@code POST /{inReplyTo}/comments} with {@code message}.
     * A comment on a comment is a reply in its thread; Graph keeps threads one level deep, so a comment on
     * a reply lands in the same thread.
     */
    private Published reply(ChannelAccount account, Outgoing publication) {
        String target = objectId(publication.inReplyTo());
        FacebookClient client = graph.client(account);
        FacebookType created = client.call(CREATING, () -> client.facebook.publish(target + "/comments",
                FacebookType.class, Parameter.with("message", publication.text())));
        if (created == null || created.getId() == null) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.UNCERTAIN, FailureCode.UNEXPECTED_RESPONSE,
                    "no id in the answer", null, null);
        }
        return new Published(created.getId(), graph.webUrl(created.getId()));
    }

    /**
     * The comments on what was answered ({@code GET /{inReplyTo}/comments}), compared by message and, where
     * Graph shows it, by the page as author; then, if the answered comment is itself a reply, its thread's.
     */
    private Optional<Published> findReply(ChannelAccount account, Outgoing publication) {
        FacebookClient client = graph.client(account);
        String target = objectId(publication.inReplyTo());
        String wanted = SameText.normalise(publication.text());
        PageIdentity page = new PageIdentity(client, account);
        Optional<Published> found = ourComment(client, target, wanted, page);
        if (found.isPresent()) {
            return found;
        }
        String thread = client.graph(target, Parameter.with("fields", "id,parent{id}"))
                .path("parent").path("id").asString("");
        return thread.isEmpty() ? Optional.empty() : ourComment(client, objectId(thread), wanted, page);
    }

    private Optional<Published> ourComment(FacebookClient client, String target, String wanted, PageIdentity page) {
        JsonNode comments = client.graph(target + "/comments",
                Parameter.with("fields", "id,message,from,created_time,permalink_url"),
                Parameter.with("order", "reverse_chronological"), Parameter.with("limit", 100));
        for (JsonNode comment : comments.path("data")) {
            String author = comment.path("from").path("id").asString("");
            if (SameText.normalise(comment.path("message").asString("")).equals(wanted)
                    && (author.isEmpty() || page.is(author)) && comment.hasNonNull("id")) {
                String id = comment.path("id").asString();
                String permalink = comment.path("permalink_url").asString("");
                return Optional.of(new Published(id, permalink.isEmpty()
                        ? graph.webUrl(id) : permalink));
            }
        }
        return Optional.empty();
    }
}
