package se.redaktionen.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;
import static se.redaktionen.support.TestData.unique;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class AdminPeopleTest {

    private static final org.hamcrest.Matcher<String> ROLE_CHOICE =
            org.hamcrest.Matchers.matchesPattern("(?s).*<select[^>]* id=\"role\".*");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PersonRepository people;

    StaffUser admin;
    BranchSummary branch;

    @BeforeEach
    void anAdminAndABranch() {
        admin = data.admin();
        branch = data.branch();
    }

    @Test
    void aPersonCreatedByAnAdminGetsAOneTimePasswordThatMustBeReplacedAtFirstLogin() throws Exception {
        String username = unique("new");
        String oneTimePassword = create(username, "Nina Ny", Role.STAFF);

        MvcResult login = mvc.perform(formLogin().user(username).password(oneTimePassword))
                .andExpect(redirectedUrl("/profile/password")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/profile/password"));
        mvc.perform(get("/profile/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("engångslösenord")));
        mvc.perform(post("/profile/password").session(session).with(csrf())
                        .param("currentPassword", oneTimePassword)
                        .param("newPassword", "ett-eget-langt-losen")
                        .param("confirmPassword", "ett-eget-langt-losen"))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(people.findByUsername(username).orElseThrow().isMustChangePassword()).isFalse();
    }

    @Test
    void aTakenUsernameIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        String taken = data.staff().getUsername();
        long before = people.count();

        mvc.perform(post("/admin/people/new").with(as(admin)).with(csrf())
                        .param("username", taken).param("displayName", "Dubbel Person")
                        .param("email", "dubbel@example.org").param("branchId", branchId()).param("role", "STAFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Användarnamnet är redan upptaget.")));

        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void blankAndMalformedFieldsGetTranslatedMessagesAndKeepWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/people/new").with(as(admin)).with(csrf())
                        .param("username", "Ogiltigt Namn!").param("displayName", " ")
                        .param("email", "inte-en-adress").param("branchId", "abc").param("role", "STAFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Fyll i fältet."),
                        org.hamcrest.Matchers.containsString("Ange en giltig e-postadress."),
                        org.hamcrest.Matchers.containsString("Användarnamnet ska vara 2–60 tecken"),
                        org.hamcrest.Matchers.containsString("Värdet har fel format."),
                        org.hamcrest.Matchers.containsString("value=\"inte-en-adress\""))));
    }

    @Test
    void errorsAreShownInEnglishWhenEnglishIsChosen() throws Exception {
        mvc.perform(post("/admin/people/new").with(as(admin)).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("redaktionen-lang", "en"))
                        .param("username", unique("en")).param("displayName", "")
                        .param("email", "x@example.org").param("branchId", branchId()).param("role", "STAFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fill in this field.")));
    }

    @Test
    void aDeactivatedPersonCannotLogInButIsKept() throws Exception {
        String username = unique("leaving");
        String password = create(username, "Lena Lämnar", Role.STAFF);
        long id = people.findByUsername(username).orElseThrow().getId();

        mvc.perform(post("/admin/people/{id}/deactivate", id).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/people"));

        mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/login?error"));
        assertThat(people.findByUsername(username)).get().extracting(Person::isActive).isEqualTo(false);
    }

    @Test
    void deactivationEndsTheSessionTheyAreAlreadyLoggedInWith() throws Exception {
        String username = unique("session");
        String password = create(username, "Sam Session", Role.STAFF);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                .andReturn().getRequest().getSession();
        long id = people.findByUsername(username).orElseThrow().getId();

        mvc.perform(post("/admin/people/{id}/deactivate", id).with(as(admin)).with(csrf()));

        mvc.perform(get("/profile/password").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAdminCannotDeactivateThemselves() throws Exception {
        long id = admin.getPersonId();

        mvc.perform(post("/admin/people/{id}/deactivate", id).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/people"));

        assertThat(people.findById(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void anAdminCannotChangeTheirOwnRole() throws Exception {
        Person self = people.findById(admin.getPersonId()).orElseThrow();

        mvc.perform(post("/admin/people/{id}/edit", self.getId()).with(as(admin)).with(csrf())
                        .param("username", self.getUsername()).param("displayName", self.getDisplayName())
                        .param("email", self.getEmail()).param("branchId", String.valueOf(self.getBranch().getId()))
                        .param("role", "STAFF").param("version", String.valueOf(self.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Du kan inte ändra din egen roll.")));

        assertThat(people.findById(self.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdminsOwnRowOffersNoDeactivationThatWouldBeRefused() throws Exception {
        long self = admin.getPersonId();
        long other = data.staff().getPersonId();

        mvc.perform(get("/admin/people").with(as(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "action=\"/admin/people/" + self + "/deactivate\""))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "action=\"/admin/people/" + other + "/deactivate\"")));
    }

    @Test
    void anAdminsOwnFormOffersNoRoleChoiceThatWouldBeRefused() throws Exception {
        long self = admin.getPersonId();
        long other = data.staff().getPersonId();

        mvc.perform(get("/admin/people/{id}/edit", self).with(as(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.not(ROLE_CHOICE)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-own-role")));
        mvc.perform(get("/admin/people/{id}/edit", other).with(as(admin)))
                .andExpect(content().string(ROLE_CHOICE));
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedAndChangesNothing() throws Exception {
        String username = unique("stale");
        create(username, "Stina Stale", Role.STAFF);
        Person person = people.findByUsername(username).orElseThrow();

        mvc.perform(post("/admin/people/{id}/edit", person.getId()).with(as(admin)).with(csrf())
                        .param("username", username).param("displayName", "Ändrat Namn")
                        .param("email", person.getEmail()).param("branchId", branchId()).param("role", "EDITOR")
                        .param("version", String.valueOf(person.getVersion() + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Någon annan har ändrat detta")));

        Person unchanged = people.findByUsername(username).orElseThrow();
        assertThat(unchanged.getDisplayName()).isEqualTo("Stina Stale");
        assertThat(unchanged.getRole()).isEqualTo(Role.STAFF);
    }

    @Test
    void anAdminCanMakeSomeoneAnEditorAndTheirBranchBecomesRepresented() throws Exception {
        String username = unique("rep");
        create(username, "Rut Representant", Role.STAFF);
        Person person = people.findByUsername(username).orElseThrow();

        mvc.perform(post("/admin/people/{id}/edit", person.getId()).with(as(admin)).with(csrf())
                        .param("username", username).param("displayName", "Rut Representant")
                        .param("email", person.getEmail()).param("branchId", branchId()).param("role", "EDITOR")
                        .param("signature", "/Rut på Alby").param("version", String.valueOf(person.getVersion())))
                .andExpect(redirectedUrl("/admin/people"));

        Person edited = people.findByUsername(username).orElseThrow();
        assertThat(edited.getRole()).isEqualTo(Role.EDITOR);
        assertThat(edited.effectiveSignature()).isEqualTo("/Rut på Alby");
    }

    @Test
    void theDefaultSignatureIsFirstNameAndBranch() throws Exception {
        String username = unique("sig");
        create(username, "Sigrid Signatur", Role.STAFF);

        assertThat(people.findByUsername(username).orElseThrow().effectiveSignature()).isEqualTo("/Sigrid, " + branch.name());
    }

    private String create(String username, String displayName, Role role) throws Exception {
        MvcResult result = mvc.perform(post("/admin/people/new").with(as(admin)).with(csrf())
                        .param("username", username).param("displayName", displayName)
                        .param("email", username + "@example.org").param("branchId", branchId())
                        .param("role", role.name()))
                .andExpect(redirectedUrl("/admin/people")).andReturn();
        String oneTimePassword = (String) result.getFlashMap().get("oneTimePassword");
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(12);
        return oneTimePassword;
    }

    private String branchId() {
        return String.valueOf(branch.id());
    }
}
