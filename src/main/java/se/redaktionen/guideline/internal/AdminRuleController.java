package se.redaktionen.guideline.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import se.redaktionen.guideline.RuleKind;
import se.redaktionen.guideline.Severity;

/** Admins configure the machine checks, each linked to the guideline it enforces. */
@Controller
@RequestMapping("/admin/rules")
@PreAuthorize("hasRole('ADMIN')")
class AdminRuleController {

    private static final String FORM = "guideline/ruleForm";

    private final GuidelineRuleRepository rules;
    private final GuidelineRepository guidelines;
    private final Clock clock;

    AdminRuleController(GuidelineRuleRepository rules, GuidelineRepository guidelines, Clock clock) {
        this.rules = rules;
        this.guidelines = guidelines;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    RuleKind[] kinds() {
        return RuleKind.values();
    }

    @ModelAttribute("severities")
    Severity[] severities() {
        return Severity.values();
    }

    @ModelAttribute("guidelines")
    List<Guideline> guidelines() {
        return guidelines.findAllByOrderByActiveDescTitleAsc();
    }

    @GetMapping
    String list(Model model) {
        Map<Long, Guideline> byId = guidelines.findAll().stream()
                .collect(Collectors.toMap(Guideline::getId, Function.identity()));
        model.addAttribute("rules", rules.findAllByOrderByActiveDescKindAsc());
        model.addAttribute("guidelineById", byId);
        return "guideline/rules";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        RuleForm form = new RuleForm();
        form.setSeverity(Severity.WARN);
        model.addAttribute("ruleForm", form);
        return FORM;
    }

    @PostMapping("/new")
    @Transactional
    String create(@Valid @ModelAttribute RuleForm ruleForm, BindingResult result, RedirectAttributes redirect) {
        rejectUnknownGuideline(ruleForm, result);
        rejectMissingParameter(ruleForm, result);
        if (result.hasErrors()) {
            return FORM;
        }
        rules.save(new GuidelineRule(ruleForm.getKind(), ruleForm.getGuidelineId(), ruleForm.getSeverity(),
                ruleForm.getParameter(), clock.instant()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/rules";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        GuidelineRule rule = rules.findById(id).orElseThrow(Refused::notFound);
        model.addAttribute("rule", rule);
        model.addAttribute("ruleForm", RuleForm.of(rule));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    @Transactional
    String update(@PathVariable long id, @Valid @ModelAttribute RuleForm ruleForm, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        GuidelineRule rule = rules.findById(id).orElseThrow(Refused::notFound);
        model.addAttribute("rule", rule);
        if (ruleForm.getVersion() != rule.getVersion()) {
            result.reject("form.conflict");
        }
        rejectUnknownGuideline(ruleForm, result);
        rejectMissingParameter(ruleForm, result);
        if (result.hasErrors()) {
            return FORM;
        }
        rule.update(ruleForm.getKind(), ruleForm.getGuidelineId(), ruleForm.getSeverity(), ruleForm.getParameter());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/rules";
    }

    @PostMapping("/{id}/deactivate")
    @Transactional
    String deactivate(@PathVariable long id) {
        rules.findById(id).orElseThrow(Refused::notFound).setActive(false);
        return "redirect:/admin/rules";
    }

    @PostMapping("/{id}/activate")
    @Transactional
    String activate(@PathVariable long id) {
        rules.findById(id).orElseThrow(Refused::notFound).setActive(true);
        return "redirect:/admin/rules";
    }

    private void rejectUnknownGuideline(RuleForm form, BindingResult result) {
        if (form.getGuidelineId() != null && !guidelines.existsById(form.getGuidelineId())) {
            result.rejectValue("guidelineId", "rule.guidelineUnknown");
        }
    }

    /** A banned-words rule without words would look active but never find anything. */
    private void rejectMissingParameter(RuleForm form, BindingResult result) {
        if (form.getKind() == RuleKind.BANNED_WORDS && form.getParameter() == null) {
            result.rejectValue("parameter", "rule.wordsRequired");
        }
    }
}
