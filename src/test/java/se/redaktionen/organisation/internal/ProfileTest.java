package se.redaktionen.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class ProfileTest {

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    PersonRepository people;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TestData data;

    BranchSummary branch;
    Person me;

    @BeforeEach
    void newPerson() {
        branch = data.branch();
        me = people.findById(data.person(Role.STAFF, branch).getPersonId()).orElseThrow();
    }

    @Test
    void theProfileShowsTheDefaultSignature() throws Exception {
        mvc.perform(get("/profile").with(as(signedIn())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/Test, " + branch.name())));
    }

    @Test
    void savingNameSignatureHandlesAndLanguageKeepsThemAndSwitchesTheLanguage() throws Exception {
        mvc.perform(post("/profile").with(as(signedIn())).with(csrf())
                        .param("displayName", "Tove Test").param("signature", "/Tove, barnavdelningen")
                        .param("privateHandles", "@tove_privat, @tove.foto").param("language", "en")
                        .param("version", String.valueOf(me.getVersion())))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(cookie().value("redaktionen-lang", "en"));

        Person saved = people.findById(me.getId()).orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("Tove Test");
        assertThat(saved.effectiveSignature()).isEqualTo("/Tove, barnavdelningen");
        assertThat(saved.privateHandleList()).containsExactly("@tove_privat", "@tove.foto");
        assertThat(saved.getLanguage()).isEqualTo("en");
    }

    @Test
    void anUnsupportedLanguageIsRefused() throws Exception {
        mvc.perform(post("/profile").with(as(signedIn())).with(csrf())
                        .param("displayName", "Tove Test").param("language", "de")
                        .param("version", String.valueOf(me.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Välj svenska eller engelska.")));

        assertThat(people.findById(me.getId()).orElseThrow().getLanguage()).isEqualTo("sv");
    }

    @Test
    void aWrongCurrentPasswordOrMismatchedConfirmationChangesNothing() throws Exception {
        String hashBefore = me.getPasswordHash();

        mvc.perform(post("/profile/password").with(as(signedIn())).with(csrf())
                        .param("currentPassword", "fel-losenord").param("newPassword", "nytt-langt-losenord")
                        .param("confirmPassword", "annat-langt-losenord"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Det nuvarande lösenordet stämmer inte."),
                        Matchers.containsString("Lösenorden är inte likadana."))));

        assertThat(people.findById(me.getId()).orElseThrow().getPasswordHash()).isEqualTo(hashBefore);
    }

    @Test
    void aTooShortNewPasswordIsRefused() throws Exception {
        mvc.perform(post("/profile/password").with(as(signedIn())).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "kort")
                        .param("confirmPassword", "kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lösenordet ska vara 10–128 tecken.")));
    }

    @Test
    void aChangedPasswordIsStoredHashedWithTheDelegatingEncoder() throws Exception {
        mvc.perform(post("/profile/password").with(as(signedIn())).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "nytt-langt-losenord")
                        .param("confirmPassword", "nytt-langt-losenord"))
                .andExpect(redirectedUrl("/profile"));

        String hash = people.findById(me.getId()).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("nytt-langt-losenord");
        assertThat(encoder.matches("nytt-langt-losenord", hash)).isTrue();
    }

    @Test
    void userTextIsEscapedOnThePage() throws Exception {
        mvc.perform(post("/profile").with(as(signedIn())).with(csrf())
                        .param("displayName", "<img src=x onerror=alert(1)>").param("language", "sv")
                        .param("version", String.valueOf(me.getVersion())))
                .andExpect(redirectedUrl("/profile"));

        mvc.perform(get("/profile").with(as(signedIn())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<img src=x"))))
                .andExpect(content().string(Matchers.containsString("&lt;img src=x onerror=alert(1)&gt;")));
    }

    /** Read afresh each time, as the login would: a saved profile changes what the principal carries. */
    private StaffUser signedIn() {
        return users.loadUserByUsername(me.getUsername());
    }
}
