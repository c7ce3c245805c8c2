package se.redaktionen.organisation.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.Usernames;

/** What an admin types to create or edit a person. The username is fixed once created. */
public class PersonForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = Usernames.PATTERN, message = "{validation.username}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String displayName;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.tooLong}")
    private String email;

    @NotNull(message = "{validation.required}")
    private Long branchId;

    @NotNull(message = "{validation.required}")
    private Role role = Role.STAFF;

    @Size(max = 120, message = "{validation.tooLong}")
    private String signature;

    @Size(max = 500, message = "{validation.tooLong}")
    private String privateHandles;

    private long version;

    static PersonForm of(Person p) {
        PersonForm f = new PersonForm();
        f.username = p.getUsername();
        f.displayName = p.getDisplayName();
        f.email = p.getEmail();
        f.branchId = p.getBranch().getId();
        f.role = p.getRole();
        f.signature = p.getSignature();
        f.privateHandles = p.getPrivateHandles();
        f.version = p.getVersion();
        return f;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : Usernames.normalise(username);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
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
