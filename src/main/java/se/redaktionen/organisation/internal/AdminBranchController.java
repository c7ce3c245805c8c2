package se.redaktionen.organisation.internal;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
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

@Controller
@RequestMapping("/admin/branches")
@PreAuthorize("hasRole('ADMIN')")
class AdminBranchController {

    private static final String FORM = "organisation/branchForm";

    private final BranchRepository branches;

    AdminBranchController(BranchRepository branches) {
        this.branches = branches;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("branches", branches.findAllByOrderByName());
        return "organisation/branches";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("branchForm", new BranchForm());
        return FORM;
    }

    @PostMapping("/new")
    @Transactional
    String create(@Valid @ModelAttribute BranchForm branchForm, BindingResult result, RedirectAttributes redirect) {
        rejectDuplicates(branchForm, null, result);
        if (result.hasErrors()) {
            return FORM;
        }
        Branch branch = branches.save(new Branch(branchForm.getName(), branchForm.getCode()));
        redirect.addFlashAttribute("saved", branch.getName());
        return "redirect:/admin/branches";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Branch branch = branches.findById(id).orElseThrow(Refused::notFound);
        model.addAttribute("branch", branch);
        model.addAttribute("branchForm", BranchForm.of(branch));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    @Transactional
    String update(@PathVariable long id, @Valid @ModelAttribute BranchForm branchForm, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Branch branch = branches.findById(id).orElseThrow(Refused::notFound);
        model.addAttribute("branch", branch);
        if (branchForm.getVersion() != branch.getVersion()) {
            result.reject("form.conflict");
        }
        rejectDuplicates(branchForm, branch.getId(), result);
        if (result.hasErrors()) {
            return FORM;
        }
        branch.setName(branchForm.getName());
        branch.setCode(branchForm.getCode());
        redirect.addFlashAttribute("saved", branch.getName());
        return "redirect:/admin/branches";
    }

    @PostMapping("/{id}/deactivate")
    @Transactional
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        Branch branch = branches.findById(id).orElseThrow(Refused::notFound);
        branch.setActive(false);
        redirect.addFlashAttribute("deactivated", branch.getName());
        return "redirect:/admin/branches";
    }

    @PostMapping("/{id}/activate")
    @Transactional
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        Branch branch = branches.findById(id).orElseThrow(Refused::notFound);
        branch.setActive(true);
        redirect.addFlashAttribute("activated", branch.getName());
        return "redirect:/admin/branches";
    }

    private void rejectDuplicates(BranchForm form, Long ownId, BindingResult result) {
        if (!result.hasFieldErrors("name") && branches.findByNameIgnoreCase(form.getName())
                .filter(b -> !b.getId().equals(ownId)).isPresent()) {
            result.rejectValue("name", "branch.nameTaken");
        }
        if (!result.hasFieldErrors("code") && branches.findByCodeIgnoreCase(form.getCode())
                .filter(b -> !b.getId().equals(ownId)).isPresent()) {
            result.rejectValue("code", "branch.codeTaken");
        }
    }
}
