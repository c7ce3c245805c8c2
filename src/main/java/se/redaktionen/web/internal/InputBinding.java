package se.redaktionen.web.internal;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import se.redaktionen.DateRange;

/**
 * How every form and request parameter is read, in one place for all controllers: text without
 * control characters, and a date outside {@link DateRange} as a field error of its own (code
 * {@value DateRange#ERROR_CODE}) rather than the "wrong format" of a typing mistake.
 */
@ControllerAdvice
class InputBinding {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new ControlCharacterEditor());
        binder.setBindingErrorProcessor(new DateRangeErrors());
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
