package se.redaktionen.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;

/**
 * Reads an upload's multipart body before anything else does. The first to read it used to be the CSRF
 * filter, looking for its token: a body over the container's limits then failed inside that filter, was
 * logged as an error and answered with Tomcat's bare English page, and the error page failed the same
 * way. Read here, such a body becomes a 413 (or a 400 when it is malformed) that the application's own
 * error page answers. The limits are well above what the application takes (5 MB images, 2 MB CSV
 * files), so an ordinary too-large file reaches its page, which refuses it and keeps the rest of the form.
 */
@Component
@Order(MultipartBodyFilter.ORDER)
class MultipartBodyFilter extends OncePerRequestFilter {

    /** After the character encoding filter (the fields are read as UTF-8), before Spring Security (-100). */
    static final int ORDER = -110;

    private final MultipartResolver multipart;

    MultipartBodyFilter(MultipartResolver multipart) {
        this.multipart = multipart;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (multipart.isMultipart(request)) {
            try {
                // Parsed once here; the container keeps the parts for the controller.
                multipart.resolveMultipart(request);
            } catch (MaxUploadSizeExceededException tooLarge) {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            } catch (MultipartException malformed) {
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
