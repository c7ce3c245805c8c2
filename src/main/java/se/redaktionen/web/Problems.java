package se.redaktionen.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import se.redaktionen.Refused;

/**
 * What an RFC 9457 problem says for a status when nothing more specific is known, in the request's
 * language. Every producer of problem details — the API's exception handler, the error controller, the
 * security filters and the container's error report — says it the same way. A {@link Refused} is said
 * here too, with the status its kind means, for the API and the pages alike.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, MessageSource messages, Locale locale) {
        return ProblemDetail.forStatusAndDetail(status, detail(status, messages, locale));
    }

    /** A refusal as a problem: its kind's status, its reason in the reader's language and its key as {@code code}. */
    public static ProblemDetail of(Refused refused, MessageSource messages, Locale locale) {
        HttpStatus status = status(refused.getKind());
        String key = refused.getMessageKey();
        if (key == null) {
            return of(status, messages, locale);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, refused.getArguments(), key, locale));
        problem.setProperty("code", key);
        return problem;
    }

    public static HttpStatus status(Refused.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNACCEPTABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    public static String detail(HttpStatusCode status, MessageSource messages, Locale locale) {
        return messages.getMessage(detailKey(status), new Object[] {status.value()}, locale);
    }

    public static String detailKey(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? "error.problem.unexpected" : "error.problem.other";
        }
        return switch (known) {
            case BAD_REQUEST -> "error.problem.badRequest";
            case UNAUTHORIZED -> "error.problem.unauthorized";
            case FORBIDDEN -> "error.problem.forbidden";
            case NOT_FOUND -> "error.problem.notFound";
            case METHOD_NOT_ALLOWED -> "error.problem.methodNotAllowed";
            case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "error.problem.mediaType";
            case CONFLICT -> "error.problem.conflict";
            case CONTENT_TOO_LARGE -> "error.problem.tooLarge";
            default -> known.is5xxServerError() ? "error.problem.unexpected" : "error.problem.other";
        };
    }
}
