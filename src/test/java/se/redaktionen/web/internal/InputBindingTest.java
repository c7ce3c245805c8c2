package se.redaktionen.web.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.redaktionen.AsTyped;

/**
 * One binder setting reads every form: text fields trimmed and blank as nothing, {@link AsTyped} fields
 * (passwords, bodies) and single request parameters as typed, control characters gone from all.
 */
class InputBindingTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Echo())
            .setControllerAdvice(new InputBinding()).build();

    @Test
    void aFormsTextFieldIsTrimmedAndBlankIsNothing() throws Exception {
        mvc.perform(post("/echo").param("name", "  Anna \u0000Lind  ").param("note", "   ").param("secret", "x"))
                .andExpect(content().string("[Anna Lind|null|x]"));
    }

    @Test
    void anAsTypedFieldKeepsItsSpacesButNotItsControlCharacters() throws Exception {
        mvc.perform(post("/echo").param("name", "n").param("secret", "  pass\u0007 word  "))
                .andExpect(content().string("[n|null|  pass word  ]"));
        mvc.perform(post("/echo").param("name", "n").param("secret", "   "))
                .andExpect(content().string("[n|null|   ]"));
    }

    @Test
    void aSingleParameterIsReadAsTyped() throws Exception {
        mvc.perform(post("/echo/text").param("text", "  hej\u0000  "))
                .andExpect(content().string("[  hej  ]"));
    }

    @RestController
    static class Echo {

        @PostMapping("/echo")
        String form(@ModelAttribute Typed typed) {
            return "[" + typed.getName() + "|" + typed.getNote() + "|" + typed.getSecret() + "]";
        }

        @PostMapping("/echo/text")
        String text(@RequestParam String text) {
            return "[" + text + "]";
        }
    }

    public static class Typed {

        private String name;
        private String note;
        @AsTyped
        private String secret;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }
    }
}
