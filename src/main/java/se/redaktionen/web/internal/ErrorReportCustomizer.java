package se.redaktionen.web.internal;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link ProblemReportValve} where Tomcat's error report valve would be, on the host. Runs after
 * Spring Boot's own customizer, which adds a plain one, and replaces it.
 */
@Component
class ErrorReportCustomizer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final ProblemResponses problems;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ErrorReportCustomizer(ProblemResponses problems, MessageSource messages, LocaleResolver locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ProblemReportValve(problems, messages, locales));
            if (context.getParent() instanceof StandardHost standardHost) {
                // Otherwise the host adds Tomcat's own again when it starts.
                standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
