package se.redaktionen.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import se.redaktionen.web.Problems;

/**
 * Error pages for browsers (templates/error/*), RFC 9457 problem details in the caller's language for
 * everything else. Nothing internal — no exception, message or stack trace — reaches the client.
 */
@Controller
@RequestMapping("/error")
class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;

    ProblemErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
                           List<ErrorViewResolver> errorViewResolvers, MessageSource messages) {
        super(errorAttributes, webProperties.getError(), errorViewResolvers);
        this.messages = messages;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(getStatus(request).value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", Problems.detail(status, messages, LocaleContextHolder.getLocale()));
        body.put("instance", uri == null ? request.getRequestURI() : uri.toString());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** /error asked for directly reports no error: there is no such page, not a failure. */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND
                : super.getStatus(request);
    }
}
