package se.redaktionen.guideline.internal;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static se.redaktionen.support.TestData.as;
import static se.redaktionen.support.TestData.principal;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.guideline.RuleChecks;
import se.redaktionen.guideline.RuleKind;
import se.redaktionen.guideline.Severity;
import se.redaktionen.guideline.Violation;
import se.redaktionen.organisation.Role;
import se.redaktionen.support.WebSlice;

/**
 * The check page's input: what it hands the checks, and the one refusal it has. The rules themselves are
 * {@link RuleFlowTest}'s, on the whole application.
 */
@WebMvcTest(TextCheckController.class)
@WebSlice
class TextCheckBindingTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RuleChecks checks;

    @Test
    void theTextIsCheckedAsTypedAndItsFindingsShown() throws Exception {
        Violation banned = new Violation(1, RuleKind.BANNED_WORDS, Severity.BLOCK, 2, "Riktlinje", "fnord");
        given(checks.check("Ett fnord här")).willReturn(List.of(banned));

        mvc.perform(post("/guidelines/check").with(as(principal(1, Role.STAFF))).with(csrf())
                        .param("text", "Ett fnord här"))
                .andExpect(status().isOk()).andExpect(view().name("guideline/check"))
                .andExpect(model().attribute("checked", true))
                .andExpect(model().attribute("violations", List.of(banned)))
                .andExpect(content().string(Matchers.containsString("fnord")));
    }

    @Test
    void noTextAtAllIsAnEmptyTextNotAnError() throws Exception {
        given(checks.check("")).willReturn(List.of());

        mvc.perform(post("/guidelines/check").with(as(principal(1, Role.STAFF))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("text", ""))
                .andExpect(model().attribute("violations", List.of()));
    }

    @Test
    void anOverlongTextIsKeptButNeverChecked() throws Exception {
        String text = "a".repeat(TextCheckController.MAX_TEXT + 1);

        mvc.perform(post("/guidelines/check").with(as(principal(1, Role.STAFF))).with(csrf()).param("text", text))
                .andExpect(status().isOk())
                .andExpect(model().attribute("tooLong", TextCheckController.MAX_TEXT))
                .andExpect(model().attribute("text", text))
                .andExpect(model().attributeDoesNotExist("checked", "violations"));
        verify(checks, never()).check(anyString());
    }

    @Test
    void aTextOfExactlyTheLimitIsChecked() throws Exception {
        String text = "a".repeat(TextCheckController.MAX_TEXT);
        given(checks.check(text)).willReturn(List.of());

        mvc.perform(post("/guidelines/check").with(as(principal(1, Role.STAFF))).with(csrf()).param("text", text))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("tooLong"))
                .andExpect(model().attribute("checked", true));
    }

    @Test
    void withoutALoginThePageIsNotShown() throws Exception {
        mvc.perform(post("/guidelines/check").with(csrf()).param("text", "x"))
                .andExpect(status().is(Matchers.anyOf(Matchers.is(302), Matchers.is(401))));
        verify(checks, never()).check(anyString());
    }
}
