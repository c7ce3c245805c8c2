package se.redaktionen.platform.internal.wordpress;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;
import static se.redaktionen.platform.internal.wordpress.WordPressClient.COMMENTS;
import static se.redaktionen.platform.internal.wordpress.WordPressClient.commentId;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.Moderator;

@Component
class WordPressModerator extends WordPressCapability implements Moderator {

    WordPressModerator(WordPressClient wp) {
        super(wp);
    }

    /**
     * Hide: the comment goes back to moderation ({@code POST …/comments/{id}} with status
     * {@code hold}). Remove: {@code DELETE …/comments/{id}}, which moves it to the trash,
     * where the blog's admins can still see it for its trash period.
     */
    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        URI uri = wp.endpoint(account, COMMENTS + "/" + commentId(platformId)).build().toUri();
        if (remove) {
            wp.call(account, HttpMethod.DELETE, uri, null, IDEMPOTENT);
        } else {
            wp.call(account, HttpMethod.POST, uri, Map.of("status", "hold"), IDEMPOTENT);
        }
    }
}
