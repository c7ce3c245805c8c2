package se.redaktionen.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What both an admin's person form and everyone's own profile say about a person: the name, the signature
 * and the private handles, with the limits of their columns, and the version the form was read at.
 */
public abstract class PersonalDetailsForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String displayName;

    @Size(max = 120, message = "{validation.tooLong}")
    private String signature;

    @Size(max = 500, message = "{validation.tooLong}")
    private String privateHandles;

    private long version;

    /** Fills in what the person has now, for a form about to be shown. */
    void readFrom(Person person) {
        displayName = person.getDisplayName();
        signature = person.getSignature();
        privateHandles = person.getPrivateHandles();
        version = person.getVersion();
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
