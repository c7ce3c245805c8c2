package se.redaktionen.organisation.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.organisation.StaffUser;

/** Everyone's own page: name, signature, private handles, language and password. */
@Controller
@RequestMapping("/profile")
@PreAuthorize("isAuthenticated()")
class ProfileController {

    private static final String PROFILE = "organisation/profile";
    private static final String PASSWORD = "organisation/password";

    private final PeopleAdministration people;
    private final LocaleResolver localeResolver;

    ProfileController(PeopleAdministration people, LocaleResolver localeResolver) {
        this.people = people;
        this.localeResolver = localeResolver;
    }

    @ModelAttribute("minPassword")
    int minPassword() {
        return PasswordForm.MIN_LENGTH;
    }

    @GetMapping
    String show(@AuthenticationPrincipal StaffUser user, Model model) {
        Person person = people.find(user.getPersonId());
        model.addAttribute("person", person);
        model.addAttribute("profileForm", ProfileForm.of(person));
        return PROFILE;
    }

    @PostMapping
    String update(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute ProfileForm profileForm,
                  BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        model.addAttribute("person", people.updateProfile(user.getPersonId(), profileForm, result));
        if (result.hasErrors()) {
            return PROFILE;
        }
        localeResolver.setLocale(request, response, Locale.forLanguageTag(profileForm.getLanguage()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/profile";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return PASSWORD;
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute PasswordForm passwordForm,
                          BindingResult result, RedirectAttributes redirect) {
        people.changePassword(user.getPersonId(), passwordForm, result);
        if (result.hasErrors()) {
            // Passwords are never sent back into a page.
            passwordForm.forget();
            return PASSWORD;
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/profile";
    }
}
