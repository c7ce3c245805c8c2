package se.redaktionen.organisation;

/** Roles in rising order of rights; the role hierarchy lets a higher role do all a lower one may. */
public enum Role {
    STAFF, EDITOR, ADMIN;

    /** This role has every right of {@code other}: the Java side of {@link #hierarchy()}. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Spring Security role hierarchy expression: ADMIN > EDITOR > STAFF. */
    public static String hierarchy() {
        return "ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_STAFF";
    }
}
