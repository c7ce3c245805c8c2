package se.redaktionen.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.organisation.People;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class AdminBranchesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    BranchRepository branches;
    @Autowired
    People people;

    StaffUser admin;

    @BeforeEach
    void anAdmin() {
        admin = data.admin();
    }

    @Test
    void aNewBranchWithoutEditorsShowsInTheCoverageWarningUntilDeactivated() throws Exception {
        String name = "Filial " + System.nanoTime() % 100000;
        String code = "F" + System.nanoTime() % 100000;

        mvc.perform(post("/admin/branches/new").with(as(admin)).with(csrf())
                .param("name", name).param("code", code)).andExpect(redirectedUrl("/admin/branches"));
        assertThat(people.editorialCoverage().unrepresented()).contains(name);

        long id = branches.findByNameIgnoreCase(name).orElseThrow().getId();
        mvc.perform(post("/admin/branches/{id}/deactivate", id).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/branches"));
        assertThat(people.editorialCoverage().unrepresented()).doesNotContain(name);
        assertThat(branches.findById(id)).isPresent();
    }

    @Test
    void aDuplicateNameOrCodeIsRefusedWithMessages() throws Exception {
        Branch one = branches.findById(data.branch().id()).orElseThrow();
        Branch another = branches.findById(data.branch().id()).orElseThrow();
        long before = branches.count();

        mvc.perform(post("/admin/branches/new").with(as(admin)).with(csrf())
                        .param("name", one.getName().toLowerCase()).param("code", another.getCode().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Det finns redan ett bibliotek med det namnet."),
                        Matchers.containsString("Koden används redan av ett annat bibliotek."))));

        assertThat(branches.count()).isEqualTo(before);
    }

    @Test
    void aMalformedCodeIsRefused() throws Exception {
        mvc.perform(post("/admin/branches/new").with(as(admin)).with(csrf())
                        .param("name", "Ny filial").param("code", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Koden ska vara 1–10 bokstäver eller siffror.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }

    @Test
    void theListOffersToDeactivateEachActiveBranchByName() throws Exception {
        BranchSummary branch = data.branch();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/branches")
                        .with(as(admin)))
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("action=\"/admin/branches/" + branch.id() + "/deactivate\""),
                        Matchers.containsString("aria-label=\"Inaktivera " + branch.name() + "\""))));
    }

    @Test
    void editingAnUnknownBranchIsNotFound() throws Exception {
        mvc.perform(post("/admin/branches/{id}/edit", 987654321L).with(as(admin)).with(csrf())
                .param("name", "X").param("code", "X")).andExpect(status().isNotFound());
    }
}
