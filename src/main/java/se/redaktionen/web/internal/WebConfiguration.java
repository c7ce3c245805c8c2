package se.redaktionen.web.internal;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import tools.jackson.databind.JacksonModule;

/** Spring MVC: one language resolver for every request, the {@code ?lang=} switch, how input is read. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    /** How the JSON API reads text and dates: as the forms do, see {@link InputBinding}. */
    @Bean
    JacksonModule inputModule() {
        return new InputModule();
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new RangedDateFormats());
    }

    /**
     * The icons, besides the stylesheet under /css/**: named here, since static files deliberately are not
     * served from /** (see application.properties). /favicon.ico is where browsers look without being told.
     * Browsers ask for the icons on every page, so they may keep them a day and then ask whether they changed.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/favicon.ico", "/icons/**").addResourceLocations("classpath:/static/icons/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
