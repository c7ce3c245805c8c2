package se.redaktionen.post.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.SenderDetails;
import se.redaktionen.post.PostDemo;
import se.redaktionen.post.PostState;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.Publications;

@Service
@Transactional
class PostDemoService implements PostDemo {

    private final PostRepository posts;
    private final PostTransitionRepository transitions;
    private final PostCommentRepository comments;
    private final Channels channels;
    private final People people;
    private final Publications publications;
    private final Clock clock;

    PostDemoService(PostRepository posts, PostTransitionRepository transitions, PostCommentRepository comments,
                    Channels channels, People people, Publications publications, Clock clock) {
        this.posts = posts;
        this.transitions = transitions;
        this.comments = comments;
        this.channels = channels;
        this.people = people;
        this.publications = publications;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasPosts() {
        return posts.count() > 0;
    }

    @Override
    public long write(long authorId, long senderId, String title, String body, String link, List<Long> channelIds,
                      Instant scheduledAt) {
        SenderDetails sender = people.senderDetails(senderId).orElseThrow();
        List<ChannelText> texts = channelIds.stream()
                .map(id -> ChannelRendering.render(channels.find(id).orElseThrow(), title, body, link, sender))
                .toList();
        Instant now = clock.instant();
        Post post = new Post(authorId, now);
        post.write(title, body, link, senderId, scheduledAt, texts, now);
        return posts.save(post).getId();
    }

    @Override
    public void move(long postId, PostState next, Long actorId, String comment) {
        transitions.save(post(postId).moveTo(next, actorId, comment, clock.instant()));
    }

    @Override
    public void comment(long postId, long personId, String text) {
        comments.save(new PostComment(postId, personId, text, clock.instant()));
    }

    @Override
    public void schedulePublications(long postId) {
        Post post = post(postId);
        publications.schedule(post.getId(), post.getScheduledAt(), post.getChannels().stream()
                .map(t -> new PublicationRequest(t.getChannelId(), post.getTitle(), t.getRenderedText(),
                        post.getLink()))
                .toList());
    }

    @Override
    public void importPublished(long postId, long channelId, Instant publishedAt, String platformId, String url) {
        Post post = post(postId);
        ChannelText text = post.getChannels().stream().filter(t -> t.getChannelId() == channelId).findFirst()
                .orElseThrow();
        publications.importPublished(post.getId(), channelId, post.getTitle(), text.getRenderedText(),
                post.getLink(), publishedAt, platformId, url);
    }

    private Post post(long id) {
        return posts.findById(id).orElseThrow();
    }
}
