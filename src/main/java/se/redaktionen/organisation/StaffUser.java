package se.redaktionen.organisation;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security sees them. */
public class StaffUser extends User {

    private final long personId;
    private final String displayName;
    private final Role role;
    private final boolean mustChangePassword;
    private final Locale language;

    public StaffUser(long personId, String username, String passwordHash, String displayName, Role role,
                     boolean active, boolean mustChangePassword, Locale language) {
        super(username, passwordHash, active, true, true, true,
                List.of(new SimpleGrantedAuthority(role.authority())));
        this.personId = personId;
        this.displayName = displayName;
        this.role = role;
        this.mustChangePassword = mustChangePassword;
        this.language = language;
    }

    public long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    /** The editorial group — editors and admins — as the role hierarchy counts it for {@code hasRole('EDITOR')}. */
    public boolean isAtLeastEditor() {
        return role.includes(Role.EDITOR);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Locale getLanguage() {
        return language;
    }
}
