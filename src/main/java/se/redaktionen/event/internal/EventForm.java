package se.redaktionen.event.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.redaktionen.AsTyped;
import se.redaktionen.event.EventKind;

/**
 * What an editor types about an event, on the page and through the API alike. Times are local to the
 * library's zone; an empty live window takes the default around the event's times.
 */
public class EventForm {

    /** Letters, digits and underscores, as the platforms read a hashtag; the '#' may be typed or not. */
    static final String HASHTAG = "#?[\\p{L}\\p{N}_]+";

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String title;

    @NotNull(message = "{event.kindRequired}")
    private EventKind kind;

    private Long branchId;

    @Size(max = 200, message = "{validation.tooLong}")
    private String venue;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime startsAt;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime endsAt;

    @Size(max = 4000, message = "{validation.tooLong}")
    @AsTyped
    private String description;

    @Size(max = 100, message = "{validation.tooLong}")
    @Pattern(regexp = HASHTAG, message = "{event.hashtagInvalid}")
    private String hashtag;

    @NotNull(message = "{event.responsibleRequired}")
    private Long responsibleId;

    private List<Long> teamIds = new ArrayList<>();

    private List<Long> channelIds = new ArrayList<>();

    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime windowOpensAt;

    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime windowClosesAt;

    private boolean threadOnX;

    private long version;

    static EventForm of(Event e, ZoneId zone) {
        EventForm f = new EventForm();
        f.title = e.getTitle();
        f.kind = e.getKind();
        f.branchId = e.getBranchId();
        f.venue = e.getVenue();
        f.startsAt = local(e.getStartsAt(), zone);
        f.endsAt = local(e.getEndsAt(), zone);
        f.description = e.getDescription();
        f.hashtag = e.getHashtag();
        f.responsibleId = e.getResponsibleId();
        f.teamIds = new ArrayList<>(e.getTeamIds());
        f.channelIds = new ArrayList<>(e.getChannelIds());
        f.windowOpensAt = local(e.window().opens(), zone);
        f.windowClosesAt = local(e.window().closes(), zone);
        f.threadOnX = e.isThreadOnX();
        f.version = e.getVersion();
        return f;
    }

    private static LocalDateTime local(java.time.Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** The hashtag as stored: without its '#'. */
    String hashtagValue() {
        return hashtag == null ? null : hashtag.replaceFirst("^#", "");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description;
    }

    public String getHashtag() {
        return hashtag;
    }

    public void setHashtag(String hashtag) {
        this.hashtag = hashtag;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public List<Long> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<Long> teamIds) {
        this.teamIds = teamIds == null ? new ArrayList<>() : teamIds;
    }

    public List<Long> getChannelIds() {
        return channelIds;
    }

    public void setChannelIds(List<Long> channelIds) {
        this.channelIds = channelIds == null ? new ArrayList<>() : channelIds;
    }

    public LocalDateTime getWindowOpensAt() {
        return windowOpensAt;
    }

    public void setWindowOpensAt(LocalDateTime windowOpensAt) {
        this.windowOpensAt = windowOpensAt;
    }

    public LocalDateTime getWindowClosesAt() {
        return windowClosesAt;
    }

    public void setWindowClosesAt(LocalDateTime windowClosesAt) {
        this.windowClosesAt = windowClosesAt;
    }

    public boolean isThreadOnX() {
        return threadOnX;
    }

    public void setThreadOnX(boolean threadOnX) {
        this.threadOnX = threadOnX;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
