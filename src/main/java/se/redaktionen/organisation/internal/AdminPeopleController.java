package se.redaktionen.organisation.internal;

import java.util.List;
import java.util.Optional;

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
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;

@Controller
@RequestMapping("/admin/people")
@PreAuthorize("hasRole('ADMIN')")
class AdminPeopleController {

    private static final String FORM = "organisation/personForm";
    private static final String LIST = "redirect:/admin/people";

    private final PeopleAdministration administration;

    AdminPeopleController(PeopleAdministration administration) {
        this.administration = administration;
    }

    @ModelAttribute("branches")
    List<Branch> branches() {
        return administration.branches();
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    /** The signed-in admin: their own row and form offer nothing that would be refused for them. */
    @ModelAttribute("selfId")
    Long selfId(@AuthenticationPrincipal StaffUser admin) {
        return admin == null ? null : admin.getPersonId();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("people", administration.everyone());
        return "organisation/people";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("personForm", new PersonForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute PersonForm personForm, BindingResult result, RedirectAttributes redirect) {
        Optional<IssuedPassword> issued = administration.create(personForm, result);
        if (issued.isEmpty()) {
            return FORM;
        }
        return handOut(issued.get(), redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Person person = administration.find(id);
        model.addAttribute("person", person);
        model.addAttribute("personForm", PersonForm.of(person));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute PersonForm personForm, BindingResult result,
                  @AuthenticationPrincipal StaffUser admin, Model model, RedirectAttributes redirect) {
        Person person = administration.update(id, personForm, admin, result);
        model.addAttribute("person", person);
        if (result.hasErrors()) {
            return FORM;
        }
        redirect.addFlashAttribute("saved", person.getDisplayName());
        return LIST;
    }

    /** A refusal is said on the list the admin comes back to. */
    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal StaffUser admin,
                      RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("deactivated", administration.deactivate(id, admin).getDisplayName());
        } catch (Refused refused) {
            if (refused.is(Refused.Kind.NOT_FOUND)) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", refused.getMessageKey());
        }
        return LIST;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("activated", administration.activate(id).getDisplayName());
        return LIST;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        return handOut(administration.resetPassword(id), redirect);
    }

    /** The one-time password is shown once, on the list, for the admin to hand over in person. */
    private static String handOut(IssuedPassword issued, RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", issued.password());
        redirect.addFlashAttribute("oneTimeUsername", issued.username());
        return LIST;
    }
}
