package se.redaktionen.response.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import se.redaktionen.response.ResponseKind;

/**
 * A response seen elsewhere and typed in by hand; the time received is Swedish time. The form checks
 * only that date and time were given; the rest is {@link ManualResponse}'s, checked where it is recorded.
 */
public class ManualResponseForm {

    /** How the page words each problem of {@link ManualResponse}, as an error on the field it concerns. */
    private static final Map<ManualResponse.Check, String> ERRORS = Map.of(
            ManualResponse.Check.CHANNEL_REQUIRED, "response.log.channelRequired",
            ManualResponse.Check.CHANNEL_UNKNOWN, "response.log.channelUnknown",
            ManualResponse.Check.KIND_REQUIRED, "response.log.kindRequired",
            ManualResponse.Check.TEXT_REQUIRED, "response.log.textRequired",
            ManualResponse.Check.TEXT_TOO_LONG, "validation.tooLong",
            ManualResponse.Check.TOO_LONG, "validation.tooLong",
            ManualResponse.Check.RECEIVED_FUTURE, "response.log.future",
            ManualResponse.Check.POST_UNKNOWN, "response.log.postUnknown",
            ManualResponse.Check.POST_NOT_YOURS, "response.log.postNotYours");

    private Long channelId;

    private ResponseKind kind = ResponseKind.COMMENT;

    private String authorName;

    private String authorHandle;

    private String text;

    @NotNull(message = "{response.log.dateRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotNull(message = "{response.log.timeRequired}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime receivedTime;

    private String platformId;

    private Long postId;

    /** What was typed, as the response every way of logging records; the time read in {@code zone}. */
    ManualResponse response(ZoneId zone) {
        Instant receivedAt = receivedOn == null || receivedTime == null ? null
                : receivedOn.atTime(receivedTime).atZone(zone).toInstant();
        return new ManualResponse(channelId, platformId, kind, authorName, authorHandle, text, receivedAt, postId,
                Response.Source.MANUAL);
    }

    /**
     * Each problem as an error on its field, except on a field whose value could not even be read (as
     * Bean Validation leaves those); a missing time is already the date's or the time's own error.
     */
    static void reject(List<ManualResponse.Problem> problems, BindingResult result) {
        for (ManualResponse.Problem problem : problems) {
            String field = problem.field().equals("receivedAt") ? "receivedOn" : problem.field();
            FieldError error = result.getFieldError(field);
            if (problem.check() != ManualResponse.Check.RECEIVED_REQUIRED
                    && (error == null || !error.isBindingFailure())) {
                result.rejectValue(field, ERRORS.get(problem.check()));
            }
        }
    }

    public Long getChannelId() {
        return channelId;
    }

    public void setChannelId(Long channelId) {
        this.channelId = channelId;
    }

    public ResponseKind getKind() {
        return kind;
    }

    public void setKind(ResponseKind kind) {
        this.kind = kind;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getAuthorHandle() {
        return authorHandle;
    }

    public void setAuthorHandle(String authorHandle) {
        this.authorHandle = authorHandle;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public LocalTime getReceivedTime() {
        return receivedTime;
    }

    public void setReceivedTime(LocalTime receivedTime) {
        this.receivedTime = receivedTime;
    }

    public String getPlatformId() {
        return platformId;
    }

    public void setPlatformId(String platformId) {
        this.platformId = platformId;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }
}
