package se.redaktionen.response.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.redaktionen.response.ResponseKind;

/** A response seen elsewhere and typed in by hand; the time received is Swedish time. */
public class ManualResponseForm {

    /** The longest text, also the text box's limit on the page. */
    static final int MAX_TEXT = 10_000;

    @NotNull(message = "{response.log.channelRequired}")
    private Long channelId;

    @NotNull(message = "{response.log.kindRequired}")
    private ResponseKind kind = ResponseKind.COMMENT;

    @Size(max = 200, message = "{validation.tooLong}")
    private String authorName;

    @Size(max = 200, message = "{validation.tooLong}")
    private String authorHandle;

    @NotBlank(message = "{response.log.textRequired}")
    @Size(max = MAX_TEXT, message = "{validation.tooLong}")
    private String text;

    @NotNull(message = "{response.log.dateRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotNull(message = "{response.log.timeRequired}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime receivedTime;

    @Size(max = 200, message = "{validation.tooLong}")
    private String platformId;

    @Positive(message = "{response.log.postUnknown}")
    private Long postId;

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
