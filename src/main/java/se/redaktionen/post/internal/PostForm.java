package se.redaktionen.post.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.redaktionen.AsTyped;

/** What the author types. The scheduled time is local to Europe/Stockholm. */
public class PostForm {

    @Size(max = 200, message = "{validation.tooLong}")
    private String title;

    @NotBlank(message = "{post.bodyRequired}")
    @Size(max = 63206, message = "{validation.tooLong}")
    @AsTyped
    private String body;

    @Size(max = 2000, message = "{validation.tooLong}")
    @Pattern(regexp = "(https?://\\S+)?", message = "{post.linkInvalid}")
    private String link;

    @NotEmpty(message = "{post.channelRequired}")
    private List<Long> channelIds = new ArrayList<>();

    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime scheduledAt;

    private Long senderId;

    private long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public List<Long> getChannelIds() {
        return channelIds;
    }

    public void setChannelIds(List<Long> channelIds) {
        this.channelIds = channelIds == null ? new ArrayList<>() : channelIds;
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(LocalDateTime scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public Long getSenderId() {
        return senderId;
    }

    public void setSenderId(Long senderId) {
        this.senderId = senderId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
