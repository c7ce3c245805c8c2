package se.redaktionen.organisation.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.Usernames;

/** What an admin types to create or edit a person. The username is fixed once created. */
public class PersonForm extends PersonalDetailsForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = Usernames.PATTERN, message = "{validation.username}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.tooLong}")
    private String email;

    @NotNull(message = "{validation.required}")
    private Long branchId;

    @NotNull(message = "{validation.required}")
    private Role role = Role.STAFF;

    static PersonForm of(Person p) {
        PersonForm f = new PersonForm();
        f.readFrom(p);
        f.username = p.getUsername();
        f.email = p.getEmail();
        f.branchId = p.getBranch().getId();
        f.role = p.getRole();
        return f;
    }

    /** Someone added without a form on a page: the first admin, the demo's people. */
    static PersonForm of(String username, String displayName, String email, long branchId, Role role) {
        PersonForm f = new PersonForm();
        f.setUsername(username);
        f.setDisplayName(displayName);
        f.email = email;
        f.branchId = branchId;
        f.role = role;
        return f;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : Usernames.normalise(username);
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
}
