package se.redaktionen.api;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.organisation.StaffUser;

/** Everyone manages their own API tokens, from their profile. */
@Controller
@RequestMapping("/profile/tokens")
@PreAuthorize("isAuthenticated()")
class ApiTokenController {

    private static final String VIEW = "api/tokens";

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("tokenForm", new TokenForm());
        model.addAttribute("tokens", tokens.of(user.getPersonId()));
        return VIEW;
    }

    @PostMapping
    String create(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute TokenForm tokenForm,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("tokens", tokens.of(user.getPersonId()));
            return VIEW;
        }
        redirect.addFlashAttribute("newToken", tokens.create(user.getPersonId(), tokenForm.getName()));
        redirect.addFlashAttribute("newTokenName", tokenForm.getName());
        return "redirect:/profile/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revoke(user.getPersonId(), id)) {
            throw Refused.notFound();
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/profile/tokens";
    }
}
