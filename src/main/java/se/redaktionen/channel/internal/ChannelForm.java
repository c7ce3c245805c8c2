package se.redaktionen.channel.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.redaktionen.AsTyped;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.PlainHttp;

/** What an admin types about a channel. Credentials are write-only: empty fields keep what is stored. */
public class ChannelForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    private ChannelKind kind;

    /** Only for a sandbox: the platform whose rules it practises; null means none. */
    private ChannelKind practisesAs;

    @Size(max = 300, message = "{validation.tooLong}")
    private String handle;

    private Long branchId;

    @Size(max = 500, message = "{validation.tooLong}")
    private String purpose;

    @NotNull(message = "{channel.responsibleRequired}")
    private Long responsibleId;

    @NotNull(message = "{channel.deputyRequired}")
    private Long deputyId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startedOn;

    @Size(max = 200, message = "{validation.tooLong}")
    @AsTyped
    private String signatureTemplate;

    @AsTyped
    private Map<String, String> credentials = new HashMap<>();

    private boolean clearCredentials;

    private boolean allowPlainHttp;

    private long version;

    static ChannelForm of(Channel c) {
        ChannelForm f = new ChannelForm();
        f.name = c.getName();
        f.kind = c.getKind();
        f.practisesAs = c.getPractisesAs();
        f.handle = c.getHandle();
        f.branchId = c.getBranchId();
        f.purpose = c.getPurpose();
        f.responsibleId = c.getResponsibleId();
        f.deputyId = c.getDeputyId();
        f.startedOn = c.getStartedOn();
        f.signatureTemplate = c.getSignatureTemplate() == null ? null : c.getSignatureTemplate().replace("\n", "\\n");
        f.allowPlainHttp = c.isPlainHttpAllowed();
        f.version = c.getVersion();
        return f;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public void setKind(ChannelKind kind) {
        this.kind = kind;
    }

    public ChannelKind getPractisesAs() {
        return practisesAs;
    }

    public void setPractisesAs(ChannelKind practisesAs) {
        this.practisesAs = practisesAs;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public String getSignatureTemplate() {
        return signatureTemplate;
    }

    /** As typed: a line break is written \n, since the field is one line. */
    public void setSignatureTemplate(String signatureTemplate) {
        this.signatureTemplate = signatureTemplate == null || signatureTemplate.isBlank() ? null : signatureTemplate;
    }

    /** The template to store: blank means no signature (blogs); \n becomes a line break. */
    String signatureTemplateValue() {
        return signatureTemplate == null ? null : signatureTemplate.replace("\\n", "\n");
    }

    public Map<String, String> getCredentials() {
        return credentials;
    }

    public void setCredentials(Map<String, String> credentials) {
        this.credentials = credentials == null ? new HashMap<>() : credentials;
    }

    public boolean isClearCredentials() {
        return clearCredentials;
    }

    public void setClearCredentials(boolean clearCredentials) {
        this.clearCredentials = clearCredentials;
    }

    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    /** Practice channels publish inside Redaktionen and manual ones by hand: no credentials to offer. */
    public boolean isTakesNoCredentials() {
        return kind != null && ChannelCredentials.FIELDS.get(kind).isEmpty();
    }

    /** A blog's address is its handle: plain http to another machine would carry the password in clear. */
    public boolean isPlainHttpAddress() {
        return kind != null && kind.selfHosted() && PlainHttp.exposes(handle);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
