package se.redaktionen.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Error pages for browsers (templates/error/*), RFC 9457 problem details for everything else.
 * Nothing internal — no exception, message or stack trace — reaches the client.
 */
@Controller
@RequestMapping("/error")
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
                           List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, webProperties.getError(), errorViewResolvers);
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
        Object uri = request.getAttribute("jakarta.servlet.error.request_uri");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail(status));
        body.put("instance", uri == null ? request.getRequestURI() : uri.toString());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No such resource.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            case BAD_REQUEST -> "The request is malformed.";
            case FORBIDDEN -> "Your role does not allow this request.";
            case UNAUTHORIZED -> "Authentication is required.";
            default -> status.is5xxServerError() ? "The request could not be completed. It has been logged."
                    : status.getReasonPhrase();
        };
    }
}
