package se.redaktionen.organisation.internal;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/branches")
@PreAuthorize("hasRole('ADMIN')")
class AdminBranchController {

    private static final String FORM = "organisation/branchForm";
    private static final String LIST = "redirect:/admin/branches";

    private final BranchAdministration administration;

    AdminBranchController(BranchAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("branches", administration.all());
        return "organisation/branches";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("branchForm", new BranchForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute BranchForm branchForm, BindingResult result, RedirectAttributes redirect) {
        Optional<Branch> branch = administration.create(branchForm, result);
        if (branch.isEmpty()) {
            return FORM;
        }
        redirect.addFlashAttribute("saved", branch.get().getName());
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Branch branch = administration.find(id);
        model.addAttribute("branch", branch);
        model.addAttribute("branchForm", BranchForm.of(branch));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute BranchForm branchForm, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Branch branch = administration.update(id, branchForm, result);
        model.addAttribute("branch", branch);
        if (result.hasErrors()) {
            return FORM;
        }
        redirect.addFlashAttribute("saved", branch.getName());
        return LIST;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("deactivated", administration.setActive(id, false).getName());
        return LIST;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("activated", administration.setActive(id, true).getName());
        return LIST;
    }
}
