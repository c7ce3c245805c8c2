package se.redaktionen.guideline.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.redaktionen.AsTyped;
import se.redaktionen.guideline.GuidelineSource;

/** A new guideline, or a new version of one: every save publishes a version everyone must acknowledge. */
public class GuidelineForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String title;

    @NotNull(message = "{validation.required}")
    private GuidelineSource source = GuidelineSource.OWN;

    @NotBlank(message = "{validation.required}")
    @Size(max = 20000, message = "{validation.tooLong}")
    @AsTyped
    private String body;

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.tooLong}")
    private String changeNote;

    private long version;

    static GuidelineForm of(Guideline guideline, GuidelineVersion current) {
        GuidelineForm f = new GuidelineForm();
        f.title = guideline.getTitle();
        f.source = guideline.getSource();
        f.body = current.getBody();
        f.version = guideline.getVersion();
        return f;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public GuidelineSource getSource() {
        return source;
    }

    public void setSource(GuidelineSource source) {
        this.source = source;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
