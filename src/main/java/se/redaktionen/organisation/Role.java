package se.redaktionen.organisation;

/** Roles in rising order of rights; the role hierarchy lets a higher role do all a lower one may. */
public enum Role {
    STAFF, EDITOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Spring Security role hierarchy expression: ADMIN > EDITOR > STAFF. */
    public static String hierarchy() {
        return "ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_STAFF";
    }
}
