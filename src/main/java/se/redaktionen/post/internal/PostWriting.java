package se.redaktionen.post.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.validation.BindingResult;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.guideline.CheckedPost;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.SenderDetails;
import se.redaktionen.organisation.StaffUser;

/** Turns what the author typed into per-channel texts, and checks it before anything is saved. */
@Service
class PostWriting {

    /** The format of an HTML datetime-local input. */
    static final java.time.format.DateTimeFormatter LOCAL_INPUT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Channels channels;
    private final People people;
    private final Clock clock;
    private final RedaktionenProperties properties;
    private final PostImageRepository images;

    PostWriting(Channels channels, People people, Clock clock, RedaktionenProperties properties,
                PostImageRepository images) {
        this.images = images;
        this.channels = channels;
        this.people = people;
        this.clock = clock;
        this.properties = properties;
    }

    /** Staff send as themselves; an editor may send on behalf of an active colleague. */
    long senderOf(PostForm form, StaffUser user) {
        return form.getSenderId() == null ? user.getPersonId() : form.getSenderId();
    }

    void validate(PostForm form, StaffUser user, BindingResult result) {
        for (Long id : form.getChannelIds()) {
            if (id == null || channels.find(id).filter(ChannelSummary::active).isEmpty()) {
                result.rejectValue("channelIds", "post.channelUnavailable");
                break;
            }
        }
        if (form.getScheduledAt() != null && toInstant(form.getScheduledAt()).isBefore(clock.instant())) {
            result.rejectValue("scheduledAt", "post.timeInPast");
        }
        long sender = senderOf(form, user);
        if (sender != user.getPersonId()) {
            boolean editor = user.isAtLeastEditor();
            boolean activeColleague = people.findById(sender).filter(p -> p.active()).isPresent();
            if (!editor || !activeColleague) {
                result.rejectValue("senderId", "post.senderNotAllowed");
            }
        }
    }

    List<ChannelPreview> preview(PostForm form, StaffUser user) {
        Optional<SenderDetails> sender = people.senderDetails(senderOf(form, user));
        if (sender.isEmpty()) {
            return List.of();
        }
        Set<Long> notConnected = channels.notConnected();
        List<ChannelPreview> previews = new ArrayList<>();
        // A blank channel id (null) is no channel; validate() has already refused it.
        for (Long id : form.getChannelIds().stream().filter(java.util.Objects::nonNull).toList()) {
            channels.find(id).ifPresent(channel -> {
                ChannelText text = ChannelRendering.render(channel, form.getTitle(), form.getBody(), form.getLink(),
                        sender.get());
                previews.add(new ChannelPreview(channel, text.getRenderedText(), text.getLength(),
                        channel.rules().textLimit(), !notConnected.contains(id)));
            });
        }
        return previews;
    }

    void write(Post post, PostForm form, StaffUser user, List<ChannelPreview> previews) {
        List<ChannelText> texts = previews.stream()
                .map(p -> new ChannelText(p.channel().id(), p.text(), p.length())).toList();
        post.write(form.getTitle(), form.getBody(), form.getLink(), senderOf(form, user),
                form.getScheduledAt() == null ? null : toInstant(form.getScheduledAt()), texts, clock.instant());
    }

    /** What the guideline rules look at: the whole text, each channel's text, the sender's signature. */
    CheckedPost checkedPost(String title, String body, String link, List<ChannelPreview> previews, long senderId,
                            List<String> imagesWithoutAltText) {
        Optional<SenderDetails> sender = people.senderDetails(senderId);
        List<CheckedPost.ChannelText> texts = previews.stream()
                .map(p -> new CheckedPost.ChannelText(p.channel().name(), p.length(), p.limit(),
                        p.channel().signatureTemplate() != null,
                        p.channel().signatureTemplate() == null || sender.isEmpty() ? null
                                : ChannelRendering.signature(p.channel().signatureTemplate(), sender.get())))
                .toList();
        return new CheckedPost(PostWorkflow.checkedText(title, body, link), texts,
                sender.map(SenderDetails::signature).orElse(null),
                sender.map(SenderDetails::privateHandles).orElse(List.of()), imagesWithoutAltText);
    }

    /** The saved post as the rules see it. */
    CheckedPost checkedPost(Post post) {
        List<String> withoutAlt = images.summaries(post.getId()).stream()
                .filter(i -> !i.hasAltText()).map(ImageSummary::fileName).toList();
        return checkedPost(post.getTitle(), post.getBody(), post.getLink(), savedPreviews(post), post.getSenderId(),
                withoutAlt);
    }

    /** The saved channel texts with their channels and limits. */
    List<ChannelPreview> savedPreviews(Post post) {
        Set<Long> notConnected = channels.notConnected();
        List<ChannelPreview> previews = new ArrayList<>();
        for (ChannelText text : post.getChannels()) {
            channels.find(text.getChannelId()).ifPresent(c -> previews.add(new ChannelPreview(c,
                    text.getRenderedText(), text.getLength(), c.rules().textLimit(),
                    !notConnected.contains(c.id()))));
        }
        return previews;
    }

    /** The form as it would be refilled from a saved post. */
    PostForm formOf(Post post) {
        PostForm form = new PostForm();
        form.setTitle(post.getTitle());
        form.setBody(post.getBody());
        form.setLink(post.getLink());
        form.setChannelIds(new ArrayList<>(post.getChannels().stream().map(ChannelText::getChannelId).toList()));
        form.setScheduledAt(toLocal(post.getScheduledAt()));
        form.setSenderId(post.getSenderId());
        form.setVersion(post.getVersion());
        return form;
    }

    /** Renders the saved post again, so that what is submitted carries the current signatures. */
    List<ChannelPreview> rerender(Post post, StaffUser user) {
        PostForm form = formOf(post);
        List<ChannelPreview> previews = preview(form, user);
        write(post, form, user, previews);
        return previews;
    }

    Instant toInstant(LocalDateTime local) {
        return local.atZone(properties.timeZone()).toInstant();
    }

    LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, properties.timeZone());
    }
}
