package se.redaktionen.web.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final LoginSecurityProperties settings;

    LoginController(LoginSecurityProperties settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        model.addAttribute("addressWindowMinutes", AddressRefusedException.minutes(settings.addressWindow()));
        return "web/login";
    }
}
