package se.redaktionen.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.web.LocalPath;
import se.redaktionen.web.Problems;

/**
 * What a page shows when the application refuses, in one place for every page controller (the API's
 * controllers are answered first by {@link ApiExceptionHandler}). A missing, forbidden or meanwhile
 * changed thing gets its error page (templates/error); any other refusal goes back to the page the form
 * was on, with the reason as the flash attributes {@code refusal} and {@code refusalArgs}. A page that
 * keeps what was typed, or says it elsewhere on the page, catches the refusal itself.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalPages {

    /** Two people saved the same thing at once: the later one is told, nothing is silently overwritten. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }

    @ExceptionHandler(Refused.class)
    String refused(Refused refused, ServletWebRequest request, RedirectAttributes redirect) throws IOException {
        HttpStatus status = Problems.status(refused.getKind());
        Optional<String> back = pageBefore(request.getRequest());
        boolean errorPage = refused.is(Refused.Kind.NOT_FOUND) || refused.is(Refused.Kind.FORBIDDEN)
                || refused.is(Refused.Kind.CONFLICT);
        if (errorPage || refused.getMessageKey() == null || back.isEmpty()) {
            // Through the container's error dispatch, as any other error status, so browsers get the page
            // and other clients a problem.
            request.getResponse().sendError(status.value());
            return null;
        }
        redirect.addFlashAttribute("refusal", refused.getMessageKey());
        redirect.addFlashAttribute("refusalArgs", refused.getArguments());
        return "redirect:" + back.get();
    }

    /** The page the form was sent from, if it is one of ours. */
    private static Optional<String> pageBefore(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            return request.getServerName().equalsIgnoreCase(uri.getHost()) ? LocalPath.of(uri.getPath())
                    : Optional.empty();
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
    }
}
