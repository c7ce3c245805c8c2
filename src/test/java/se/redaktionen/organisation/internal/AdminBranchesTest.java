package se.redaktionen.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.organisation.internal.OrganisationTestSupport.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.organisation.People;
import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.support.PostgresTest;

@PostgresTest
class AdminBranchesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    BranchRepository branches;
    @Autowired
    People people;

    @Test
    void aNewBranchWithoutEditorsShowsInTheCoverageWarningUntilDeactivated() throws Exception {
        String name = "Filial " + System.nanoTime() % 100000;
        String code = "F" + System.nanoTime() % 100000;

        mvc.perform(post("/admin/branches/new").with(as(users, "demo-admin")).with(csrf())
                .param("name", name).param("code", code)).andExpect(redirectedUrl("/admin/branches"));
        assertThat(people.editorialCoverage().unrepresented()).contains(name);

        long id = branches.findByNameIgnoreCase(name).orElseThrow().getId();
        mvc.perform(post("/admin/branches/{id}/deactivate", id).with(as(users, "demo-admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/branches"));
        assertThat(people.editorialCoverage().unrepresented()).doesNotContain(name);
        assertThat(branches.findById(id)).isPresent();
    }

    @Test
    void aDuplicateNameOrCodeIsRefusedWithMessages() throws Exception {
        long before = branches.count();

        mvc.perform(post("/admin/branches/new").with(as(users, "demo-admin")).with(csrf())
                        .param("name", "alby").param("code", "tum"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Det finns redan ett bibliotek med det namnet."),
                        Matchers.containsString("Koden används redan av ett annat bibliotek."))));

        assertThat(branches.count()).isEqualTo(before);
    }

    @Test
    void aMalformedCodeIsRefused() throws Exception {
        mvc.perform(post("/admin/branches/new").with(as(users, "demo-admin")).with(csrf())
                        .param("name", "Ny filial").param("code", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Koden ska vara 1–10 bokstäver eller siffror.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }

    @Test
    void theListOffersToDeactivateEachActiveBranchByName() throws Exception {
        long alby = branches.findByNameIgnoreCase("Alby").orElseThrow().getId();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/branches")
                        .with(as(users, "demo-admin")))
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("action=\"/admin/branches/" + alby + "/deactivate\""),
                        Matchers.containsString("aria-label=\"Inaktivera Alby\""))));
    }

    @Test
    void editingAnUnknownBranchIsNotFound() throws Exception {
        mvc.perform(post("/admin/branches/{id}/edit", 987654321L).with(as(users, "demo-admin")).with(csrf())
                .param("name", "X").param("code", "X")).andExpect(status().isNotFound());
    }
}
