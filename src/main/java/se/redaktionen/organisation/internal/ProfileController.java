package se.redaktionen.organisation.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.organisation.StaffUser;

/** Everyone's own page: name, signature, private handles, language and password. */
@Controller
@RequestMapping("/profile")
@PreAuthorize("isAuthenticated()")
class ProfileController {

    private static final String PROFILE = "organisation/profile";
    private static final String PASSWORD = "organisation/password";

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final LocaleResolver localeResolver;

    ProfileController(PersonRepository people, PasswordEncoder passwordEncoder, LocaleResolver localeResolver) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.localeResolver = localeResolver;
    }

    @ModelAttribute("minPassword")
    int minPassword() {
        return PasswordForm.MIN_LENGTH;
    }

    @GetMapping
    String show(@AuthenticationPrincipal StaffUser user, Model model) {
        Person person = current(user);
        model.addAttribute("person", person);
        model.addAttribute("profileForm", ProfileForm.of(person));
        return PROFILE;
    }

    @PostMapping
    @Transactional
    String update(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute ProfileForm profileForm,
                  BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Person person = current(user);
        model.addAttribute("person", person);
        if (profileForm.getVersion() != person.getVersion()) {
            result.reject("form.conflict");
        }
        if (result.hasErrors()) {
            return PROFILE;
        }
        person.setDisplayName(profileForm.getDisplayName());
        person.setSignature(profileForm.getSignature());
        person.setPrivateHandles(profileForm.getPrivateHandles());
        person.setLanguage(profileForm.getLanguage());
        person.touch();
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
    @Transactional
    String changePassword(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute PasswordForm passwordForm,
                          BindingResult result, RedirectAttributes redirect) {
        Person person = current(user);
        if (!result.hasFieldErrors("currentPassword")
                && !passwordEncoder.matches(passwordForm.getCurrentPassword(), person.getPasswordHash())) {
            result.rejectValue("currentPassword", "password.currentWrong");
        }
        if (!result.hasFieldErrors("newPassword")) {
            if (passwordForm.getNewPassword().equalsIgnoreCase(person.getUsername())) {
                result.rejectValue("newPassword", "password.sameAsUsername");
            } else if (passwordForm.getNewPassword().equals(passwordForm.getCurrentPassword())) {
                result.rejectValue("newPassword", "password.sameAsCurrent");
            }
        }
        if (!result.hasFieldErrors("confirmPassword")
                && !passwordForm.getConfirmPassword().equals(passwordForm.getNewPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            passwordForm.setCurrentPassword(null);
            passwordForm.setNewPassword(null);
            passwordForm.setConfirmPassword(null);
            return PASSWORD;
        }
        person.changePassword(passwordEncoder.encode(passwordForm.getNewPassword()), false);
        person.touch();
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/profile";
    }

    private Person current(StaffUser user) {
        return people.findById(user.getPersonId()).orElseThrow(Refused::notFound);
    }
}
