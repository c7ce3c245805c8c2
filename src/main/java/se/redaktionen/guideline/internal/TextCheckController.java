package se.redaktionen.guideline.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.redaktionen.guideline.RuleChecks;

/**
 * Anyone can run the guideline checks over a text before they write a post. The text is posted,
 * not put in the address, so that it never ends up in access logs.
 */
@Controller
@RequestMapping("/guidelines/check")
@PreAuthorize("isAuthenticated()")
class TextCheckController {

    static final int MAX_TEXT = 63_206;

    private final RuleChecks checks;

    TextCheckController(RuleChecks checks) {
        this.checks = checks;
    }

    @GetMapping
    String form() {
        return "guideline/check";
    }

    @PostMapping
    String check(@RequestParam(defaultValue = "") String text, Model model) {
        model.addAttribute("text", text);
        if (text.length() > MAX_TEXT) {
            model.addAttribute("tooLong", MAX_TEXT);
            return "guideline/check";
        }
        model.addAttribute("checked", true);
        model.addAttribute("violations", checks.check(text));
        return "guideline/check";
    }
}
