package se.redaktionen.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** "At least editor" is one rule, and it counts as the role hierarchy does: an admin is an editor too. */
class StaffUserTest {

    @Test
    void editorsAndAdminsAreAtLeastEditorsAndStaffAreNot() {
        assertThat(user(Role.STAFF).isAtLeastEditor()).isFalse();
        assertThat(user(Role.EDITOR).isAtLeastEditor()).isTrue();
        assertThat(user(Role.ADMIN).isAtLeastEditor()).isTrue();
    }

    @Test
    void aRoleIncludesItselfAndEveryLowerRole() {
        assertThat(Role.ADMIN.includes(Role.STAFF)).isTrue();
        assertThat(Role.EDITOR.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
    }

    private static StaffUser user(Role role) {
        return new StaffUser(1, "someone", "{noop}x", "Someone", role, true, false, Locale.ROOT);
    }
}
