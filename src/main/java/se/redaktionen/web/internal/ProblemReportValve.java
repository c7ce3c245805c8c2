package se.redaktionen.web.internal;

import java.io.IOException;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's last word on an error nothing else answered: a request it refused before the application
 * saw it (a path with {@code %00}, say), or an error page that failed in turn. Instead of Tomcat's
 * English report, an API request gets a problem document and a browser a short page, both in the
 * language of the request.
 */
class ProblemReportValve extends ErrorReportValve {

    private final ProblemResponses problems;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemReportValve(ProblemResponses problems, MessageSource messages, LocaleResolver locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own report: nothing for a success, an answer already written, or one reported before.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            if (ApiRequests.isApi(request)) {
                problems.write(request, response, HttpStatusCode.valueOf(status), null);
            } else {
                page(request, response, status);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException unwritable) {
            // The connection is gone or the answer was half written: there is nobody left to tell.
        }
    }

    private void page(Request request, Response response, int status) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = text("error." + status + ".title", locale, "error.generic.title", status);
        String text = text("error." + status + ".text", locale, "error.generic.text", status);
        String home = request.getContextPath() == null ? "/" : request.getContextPath() + "/";
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " – Redaktionen</title><link rel=\"stylesheet\" href=\"" + home + "css/app.css\">"
                + "</head><body><main id=\"main\" class=\"narrow\"><h1>" + title + "</h1><p>" + text + "</p>"
                + "<p><a href=\"" + home + "\">" + escaped("error.backToStart", locale) + "</a></p></main>"
                + "</body></html>");
    }

    /** The status's own page text if there is one, else the generic one with the status code. */
    private String text(String key, Locale locale, String generic, int status) {
        String own = messages.getMessage(key, null, null, locale);
        return HtmlUtils.htmlEscape(own != null ? own
                : messages.getMessage(generic, new Object[] {status}, locale));
    }

    private String escaped(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
    }
}
