package se.redaktionen.web.internal;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

import se.redaktionen.Refused;
import se.redaktionen.web.Problems;
import se.redaktionen.web.ValidationProblems;

/**
 * Every API error is an RFC 9457 problem details document in the caller's language; nothing internal
 * leaks out. Spring's own refusals (a wrong method, an unreadable body) get the status's translated
 * text instead of Spring's English one, and a field that could not be read is named. It lives with the
 * other error handling in {@code web}: every module's API controllers are {@code @RestController}s, and
 * application code refuses with a {@link Refused}, which says its reason in its own words.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN);
    }

    /** A refusal: its kind's status, the reason in the caller's language, and its code. */
    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused refused) {
        return Problems.of(refused, messages, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null) {
            return problem(declared.code());
        }
        log.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            ValidationProblems.addUnreadableField(problem, path(json), ex, messages);
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        ValidationProblems.addUnreadableField(problem, ex.getPropertyName(), ex, messages);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        Object problemBody = body == null && ex instanceof ErrorResponse error ? error.getBody() : body;
        if (problemBody instanceof ProblemDetail problem) {
            problem.setDetail(Problems.detail(status, messages, LocaleContextHolder.getLocale()));
        }
        return super.handleExceptionInternal(ex, problemBody, headers, status, request);
    }

    private ProblemDetail problem(HttpStatusCode status) {
        return Problems.of(status, messages, LocaleContextHolder.getLocale());
    }

    /** {@code channelIds[0]}, {@code scheduledAt}: the field as the caller wrote it. */
    private static String path(JacksonException json) {
        return json.getPath().stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
