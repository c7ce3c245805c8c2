package se.redaktionen.web.internal;

import org.springframework.beans.PropertyAccessException;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import se.redaktionen.AsTyped;
import se.redaktionen.DateRange;
import se.redaktionen.web.TrimmedText;

/**
 * How every form and request parameter is read, in one place for all controllers: text without
 * control characters, a form's text fields {@link TrimmedText trimmed} (blank is nothing) unless they are
 * {@link AsTyped}, and a date outside {@link DateRange} as a field error of its own (code
 * {@value DateRange#ERROR_CODE}) rather than the "wrong format" of a typing mistake. A single request
 * parameter is read as typed: the controller or service that takes it decides what its spaces mean.
 */
@ControllerAdvice
class InputBinding {

    @InitBinder
    void bind(WebDataBinder binder) {
        Class<?> form = form(binder);
        if (form == null) {
            binder.registerCustomEditor(String.class, ControlCharacterEditor.asTyped());
        } else {
            binder.registerCustomEditor(String.class, ControlCharacterEditor.trimming());
            ReflectionUtils.doWithFields(form, field -> binder.registerCustomEditor(String.class, field.getName(),
                    ControlCharacterEditor.asTyped()), field -> field.isAnnotationPresent(AsTyped.class));
        }
        binder.setBindingErrorProcessor(new DateRangeErrors());
    }

    /** The form object's class, or null for a single parameter (a form is often not made yet here). */
    private static Class<?> form(WebDataBinder binder) {
        if (binder.getTarget() != null) {
            return binder.getTarget().getClass();
        }
        ResolvableType type = binder.getTargetType();
        return type == null ? null : type.resolve();
    }

    private static final class DateRangeErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            if (!DateRange.isCauseOf(ex)) {
                super.processPropertyAccessException(ex, result);
                return;
            }
            String field = ex.getPropertyName();
            FieldError error = new FieldError(result.getObjectName(), field, ex.getValue(), true,
                    result.resolveMessageCodes(DateRange.ERROR_CODE, field), null, ex.getLocalizedMessage());
            error.wrap(ex);
            result.addError(error);
        }
    }
}
