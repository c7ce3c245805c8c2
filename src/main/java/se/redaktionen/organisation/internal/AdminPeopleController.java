package se.redaktionen.organisation.internal;

import java.util.List;

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

    private final PersonRepository people;
    private final BranchRepository branches;
    private final PasswordEncoder passwordEncoder;

    AdminPeopleController(PersonRepository people, BranchRepository branches, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.branches = branches;
        this.passwordEncoder = passwordEncoder;
    }

    @ModelAttribute("branches")
    List<Branch> branches() {
        return branches.findAllByOrderByName();
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
        model.addAttribute("people", people.findAllByOrderByActiveDescDisplayNameAsc());
        return "organisation/people";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("personForm", new PersonForm());
        return FORM;
    }

    @PostMapping("/new")
    @Transactional
    String create(@Valid @ModelAttribute PersonForm personForm, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("username") && people.findByUsername(personForm.getUsername()).isPresent()) {
            result.rejectValue("username", "person.usernameTaken");
        }
        Branch branch = activeBranch(personForm.getBranchId(), result);
        if (result.hasErrors()) {
            return FORM;
        }
        String oneTimePassword = OneTimePasswords.generate();
        Person person = new Person(personForm.getUsername(), personForm.getDisplayName(), personForm.getEmail(),
                branch, personForm.getRole(), passwordEncoder.encode(oneTimePassword));
        person.setSignature(personForm.getSignature());
        person.setPrivateHandles(personForm.getPrivateHandles());
        person.changePassword(person.getPasswordHash(), true);
        people.save(person);
        redirect.addFlashAttribute("oneTimePassword", oneTimePassword);
        redirect.addFlashAttribute("oneTimeUsername", person.getUsername());
        return "redirect:/admin/people";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Person person = people.findById(id).orElseThrow(Refused::notFound);
        model.addAttribute("person", person);
        model.addAttribute("personForm", PersonForm.of(person));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    @Transactional
    String update(@PathVariable long id, @Valid @ModelAttribute PersonForm personForm, BindingResult result,
                  @AuthenticationPrincipal StaffUser admin, Model model, RedirectAttributes redirect) {
        Person person = people.findById(id).orElseThrow(Refused::notFound);
        model.addAttribute("person", person);
        personForm.setUsername(person.getUsername());
        if (personForm.getVersion() != person.getVersion()) {
            result.reject("form.conflict");
        }
        // An admin who demoted themselves could leave nobody able to manage people.
        if (person.getId() == admin.getPersonId() && personForm.getRole() != null
                && personForm.getRole() != person.getRole()) {
            result.rejectValue("role", "person.ownRole");
        }
        Branch branch = person.getBranch().getId().equals(personForm.getBranchId())
                ? person.getBranch() : activeBranch(personForm.getBranchId(), result);
        if (result.hasErrors()) {
            return FORM;
        }
        person.setDisplayName(personForm.getDisplayName());
        person.setEmail(personForm.getEmail());
        person.setBranch(branch);
        person.setRole(personForm.getRole());
        person.setSignature(personForm.getSignature());
        person.setPrivateHandles(personForm.getPrivateHandles());
        person.touch();
        redirect.addFlashAttribute("saved", person.getDisplayName());
        return "redirect:/admin/people";
    }

    @PostMapping("/{id}/deactivate")
    @Transactional
    String deactivate(@PathVariable long id, @AuthenticationPrincipal StaffUser admin,
                      RedirectAttributes redirect) {
        Person person = people.findById(id).orElseThrow(Refused::notFound);
        if (person.getId() == admin.getPersonId()) {
            redirect.addFlashAttribute("refused", "people.cannotDeactivateSelf");
            return "redirect:/admin/people";
        }
        person.setActive(false);
        person.touch();
        redirect.addFlashAttribute("deactivated", person.getDisplayName());
        return "redirect:/admin/people";
    }

    @PostMapping("/{id}/activate")
    @Transactional
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        Person person = people.findById(id).orElseThrow(Refused::notFound);
        person.setActive(true);
        person.touch();
        redirect.addFlashAttribute("activated", person.getDisplayName());
        return "redirect:/admin/people";
    }

    @PostMapping("/{id}/reset-password")
    @Transactional
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        Person person = people.findById(id).orElseThrow(Refused::notFound);
        String oneTimePassword = OneTimePasswords.generate();
        person.changePassword(passwordEncoder.encode(oneTimePassword), true);
        person.touch();
        redirect.addFlashAttribute("oneTimePassword", oneTimePassword);
        redirect.addFlashAttribute("oneTimeUsername", person.getUsername());
        return "redirect:/admin/people";
    }

    private Branch activeBranch(Long branchId, BindingResult result) {
        if (branchId == null) {
            return null;
        }
        Branch branch = branches.findById(branchId).filter(Branch::isActive).orElse(null);
        if (branch == null) {
            result.rejectValue("branchId", "person.branchInactive");
        }
        return branch;
    }
}
