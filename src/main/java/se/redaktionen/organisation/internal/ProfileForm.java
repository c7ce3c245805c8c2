package se.redaktionen.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class ProfileForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String displayName;

    @Size(max = 120, message = "{validation.tooLong}")
    private String signature;

    @Size(max = 500, message = "{validation.tooLong}")
    private String privateHandles;

    @NotNull(message = "{validation.language}")
    @Pattern(regexp = "sv|en", message = "{validation.language}")
    private String language = "sv";

    private long version;

    static ProfileForm of(Person p) {
        ProfileForm f = new ProfileForm();
        f.displayName = p.getDisplayName();
        f.signature = p.getSignature();
        f.privateHandles = p.getPrivateHandles();
        f.language = p.getLanguage();
        f.version = p.getVersion();
        return f;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public String getPrivateHandles() {
        return privateHandles;
    }

    public void setPrivateHandles(String privateHandles) {
        this.privateHandles = privateHandles;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
