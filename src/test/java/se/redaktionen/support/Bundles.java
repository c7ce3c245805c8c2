package se.redaktionen.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles as Spring Boot reads them, for tests that run without the context. */
public final class Bundles {

    private Bundles() {
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
