package se.redaktionen.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import se.redaktionen.DateRange;

/** Bad input to the API as one RFC 9457 problem listing every field with its translated message. */
public final class ValidationProblems {

    private ValidationProblems() {
    }

    public static ProblemDetail of(BindingResult result, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("form.hasErrors", null, locale));
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(fieldError(error.getField(), messages.getMessage(error, locale)));
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * One field the API could not even read — a date outside {@link DateRange}, a word where a number
     * belongs — in the shape {@link #of} lists fields.
     */
    public static void addUnreadableField(ProblemDetail problem, String field, Throwable failure,
                                          MessageSource messages) {
        String code = DateRange.isCauseOf(failure) ? DateRange.ERROR_CODE : "typeMismatch";
        problem.setProperty("errors", List.of(fieldError(field,
                messages.getMessage(code, null, LocaleContextHolder.getLocale()))));
    }

    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("field", field);
        e.put("message", message);
        return e;
    }

    /** Runs Bean Validation on a form the API built, into the same result the domain checks use. */
    public static void validate(jakarta.validation.Validator validator, Object form, BindingResult result) {
        validator.validate(form).forEach(v -> result.rejectValue(v.getPropertyPath().toString(), "invalid",
                v.getMessage()));
    }
}
