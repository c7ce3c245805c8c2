package se.redaktionen.response.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostDirectory;
import se.redaktionen.post.PostReference;


/**
 * Records a {@link ManualResponse} after checking it: its constraints, that the channel exists, that
 * it did not come in in the future and that staff give only a post of their own. Logging the same
 * platform id on a channel twice answers with the response already there. Not transactional itself:
 * the recorder stores each response in its own transaction, so that a twin stored meanwhile can be read.
 */
@Service
class ManualResponses {

    /** What came of a logging: the problems (nothing stored), or the response, new or already there. */
    record Logged(List<ManualResponse.Problem> problems, ResponseRecorder.Recorded recorded) {
    }

    private final Validator validator;
    private final ResponseRecorder recorder;
    private final ResponseRepository responses;
    private final Channels channels;
    private final PostDirectory posts;
    private final Clock clock;

    ManualResponses(Validator validator, ResponseRecorder recorder, ResponseRepository responses, Channels channels,
                    PostDirectory posts, Clock clock) {
        this.validator = validator;
        this.recorder = recorder;
        this.responses = responses;
        this.channels = channels;
        this.posts = posts;
        this.clock = clock;
    }

    /** Everything wrong with {@code response}, in no particular order; empty when it may be recorded. */
    List<ManualResponse.Problem> problems(ManualResponse response, StaffUser user) {
        List<ManualResponse.Problem> problems = new ArrayList<>(validator.validate(response).stream()
                .map(v -> new ManualResponse.Problem(v.getPropertyPath().toString(),
                        ManualResponse.Check.valueOf(v.getMessage())))
                .distinct().toList());
        if (response.channelId() != null && channels.find(response.channelId()).isEmpty()) {
            problems.add(new ManualResponse.Problem("channelId", ManualResponse.Check.CHANNEL_UNKNOWN));
        }
        if (response.receivedAt() != null && response.receivedAt().isAfter(clock.instant())) {
            problems.add(new ManualResponse.Problem("receivedAt", ManualResponse.Check.RECEIVED_FUTURE));
        }
        if (response.postId() != null && response.postId() > 0) {
            Optional<PostReference> post = posts.find(response.postId());
            if (post.isEmpty()) {
                problems.add(new ManualResponse.Problem("postId", ManualResponse.Check.POST_UNKNOWN));
            } else if (!user.isAtLeastEditor() && post.get().authorId() != user.getPersonId()
                    && post.get().senderId() != user.getPersonId()) {
                problems.add(new ManualResponse.Problem("postId", ManualResponse.Check.POST_NOT_YOURS));
            }
        }
        return problems;
    }

    /** Checks and records; without a platform id the response gets one of its own. */
    Logged log(ManualResponse response, StaffUser user) {
        List<ManualResponse.Problem> problems = problems(response, user);
        if (!problems.isEmpty()) {
            return new Logged(problems, null);
        }
        String platformId = response.platformId() == null || response.platformId().isBlank()
                ? "manual-" + UUID.randomUUID() : response.platformId().strip();
        ResponseRecorder.Incoming incoming = new ResponseRecorder.Incoming(response.channelId(), platformId,
                response.kind(), null, null, response.authorName(), response.authorHandle(), response.text(),
                response.receivedAt(), response.source(), user.getPersonId());
        try {
            return new Logged(List.of(), recorder.record(incoming, response.postId()));
        } catch (DataIntegrityViolationException raced) {
            // Only a twin stored meanwhile makes this a duplicate; any other refusal is a failure to report.
            return new Logged(List.of(), new ResponseRecorder.Recorded(responses.findByChannelIdAndPlatformId(
                    response.channelId(), platformId).orElseThrow(() -> raced), false));
        }
    }
}
