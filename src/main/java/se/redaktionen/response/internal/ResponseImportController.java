package se.redaktionen.response.internal;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.redaktionen.organisation.StaffUser;

/**
 * Anyone imports responses gathered elsewhere from a CSV file; they are routed like any other. The
 * page documents the format.
 */
@Controller
@RequestMapping("/responses/import")
@PreAuthorize("isAuthenticated()")
class ResponseImportController {

    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final ResponseCsvImport csv;

    ResponseImportController(ResponseCsvImport csv) {
        this.csv = csv;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("columns", ResponseCsvImport.COLUMNS);
        return "response/import";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal StaffUser user,
                  Model model) throws IOException {
        model.addAttribute("columns", ResponseCsvImport.COLUMNS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("refusal", "response.import.noFile");
            return "response/import";
        }
        if (file.getSize() > MAX_BYTES) {
            model.addAttribute("refusal", "response.import.tooLarge");
            return "response/import";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("outcome", csv.read(file.getBytes(), user));
        return "response/import";
    }
}
