package se.redaktionen.web.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the container's limits, or one that is not a readable multipart body, is refused
 * before any controller sees it (see {@link MultipartBodyFilter}), so this advice has no controller
 * selector: it answers with a page that says what to do.
 */
@ControllerAdvice
class UploadTooLargeHandler {

    @ExceptionHandler(MultipartException.class)
    ModelAndView refused(MultipartException refused) {
        boolean tooLarge = refused instanceof MaxUploadSizeExceededException;
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return new ModelAndView(tooLarge ? "error/413" : "error", Map.of("status", status.value()), status);
    }
}
