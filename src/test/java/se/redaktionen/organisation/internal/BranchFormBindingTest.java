package se.redaktionen.organisation.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static se.redaktionen.support.TestData.as;
import static se.redaktionen.support.TestData.principal;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.organisation.Role;
import se.redaktionen.support.WebSlice;

/**
 * The branch form's binding and refusals, without a database: the administration is real, its repository
 * answers what each case needs. What the refusals read like is {@link AdminBranchesTest}'s, on the whole
 * application.
 */
@WebMvcTest(AdminBranchController.class)
@Import(BranchAdministration.class)
@WebSlice
class BranchFormBindingTest {

    private static final String FORM = "organisation/branchForm";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    BranchRepository branches;

    @Test
    void aMalformedCodeIsAFieldErrorAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/branches/new").with(as(principal(1, Role.ADMIN))).with(csrf())
                        .param("name", "Ny filial").param("code", "<script>"))
                .andExpect(status().isOk()).andExpect(view().name(FORM))
                .andExpect(model().attributeHasFieldErrorCode("branchForm", "code", "Pattern"));
        verify(branches, never()).save(any());
    }

    @Test
    void aTakenNameAndCodeAreFieldErrorsOfTheirOwn() throws Exception {
        Branch taken = branch(7L, "Alby", "ALB");
        given(branches.findByNameIgnoreCase("alby")).willReturn(Optional.of(taken));
        given(branches.findByCodeIgnoreCase("ALB")).willReturn(Optional.of(taken));

        mvc.perform(post("/admin/branches/new").with(as(principal(1, Role.ADMIN))).with(csrf())
                        .param("name", "alby").param("code", "alb"))
                .andExpect(status().isOk()).andExpect(view().name(FORM))
                .andExpect(model().attributeHasFieldErrorCode("branchForm", "name", "branch.nameTaken"))
                .andExpect(model().attributeHasFieldErrorCode("branchForm", "code", "branch.codeTaken"));
        verify(branches, never()).save(any());
    }

    @Test
    void aBlankNameIsRequiredAndTheCodeIsUpperCasedAsTyped() throws Exception {
        mvc.perform(post("/admin/branches/new").with(as(principal(1, Role.ADMIN))).with(csrf())
                        .param("name", "   ").param("code", "ny1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("branchForm", "name"))
                .andExpect(model().attribute("branchForm",
                        org.hamcrest.Matchers.hasProperty("code", org.hamcrest.Matchers.is("NY1"))));
    }

    @Test
    void aValidBranchIsSavedAndNamedInTheFlash() throws Exception {
        given(branches.findByNameIgnoreCase("Ny filial")).willReturn(Optional.empty());
        given(branches.findByCodeIgnoreCase("NY")).willReturn(Optional.empty());
        given(branches.save(any())).willAnswer(call -> call.getArgument(0));

        mvc.perform(post("/admin/branches/new").with(as(principal(1, Role.ADMIN))).with(csrf())
                        .param("name", " Ny filial ").param("code", "ny"))
                .andExpect(redirectedUrl("/admin/branches"))
                .andExpect(flash().attribute("saved", "Ny filial"));
    }

    @Test
    void anEditOfAnOlderVersionIsAConflictForTheWholeForm() throws Exception {
        given(branches.findById(7L)).willReturn(Optional.of(branch(7L, "Alby", "ALB")));
        given(branches.findByNameIgnoreCase(any())).willReturn(Optional.empty());
        given(branches.findByCodeIgnoreCase(any())).willReturn(Optional.empty());

        mvc.perform(post("/admin/branches/{id}/edit", 7L).with(as(principal(1, Role.ADMIN))).with(csrf())
                        .param("name", "Alby centrum").param("code", "ALB").param("version", "3"))
                .andExpect(status().isOk()).andExpect(view().name(FORM))
                .andExpect(model().attributeErrorCount("branchForm", 1));
    }

    @Test
    void anUnknownBranchIsNotFoundAndANonNumericIdIsABadRequest() throws Exception {
        given(branches.findById(987654321L)).willReturn(Optional.empty());

        mvc.perform(post("/admin/branches/{id}/deactivate", 987654321L).with(as(principal(1, Role.ADMIN)))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/branches/{id}/deactivate", "abc").with(as(principal(1, Role.ADMIN)))
                .with(csrf())).andExpect(status().isBadRequest());
    }

    private static Branch branch(long id, String name, String code) {
        Branch branch = new Branch(name, code);
        org.springframework.test.util.ReflectionTestUtils.setField(branch, "id", id);
        return branch;
    }
}
