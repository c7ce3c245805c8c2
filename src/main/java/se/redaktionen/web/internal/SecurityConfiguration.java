package se.redaktionen.web.internal;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import se.redaktionen.api.ApiTokens;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUserDetailsService;

/**
 * Three filter chains: the JSON API (stateless, Basic or bearer token, problem details, no CSRF),
 * actuator (health public, the rest for admins) and the browser pages (form login, CSRF, sessions).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** Everything served comes from this origin; no inline script or style anywhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /**
     * The default (every method but GET, HEAD, TRACE and OPTIONS), except the error page a failed request
     * is forwarded to: it changes nothing, and its body may be one that cannot be read (an upload over
     * the limits), so there is no token to find. The request itself was checked, or refused, before.
     */
    private static final RequestMatcher CSRF_PROTECTED = request -> request.getDispatcherType() != DispatcherType.ERROR
            && CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
    }

    @Bean
    AuthenticationManager authenticationManager(StaffUserDetailsService users, PasswordEncoder encoder,
                                                LoginThrottle throttle, LoginDevices devices) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle, devices));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens,
                                 StaffUserDetailsService users, ProblemResponses problems, Clock clock)
            throws Exception {
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/openapi.yaml").permitAll()
                        .requestMatchers("/api/v1/posts/*/approve", "/api/v1/posts/*/request-changes",
                                "/api/v1/posts/*/reject").hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/channels").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/channels/*").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/events").hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/events/*").hasRole(Role.EDITOR.name())
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; "
                        + "frame-ancestors 'none'")));
        return forMachines(http, authenticationManager, problems, clock).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                      ProblemResponses problems, Clock clock) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()));
        return forMachines(http, authenticationManager, problems, clock).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                 LocaleResolver localeResolver, StaffUserDetailsService users,
                                 DeviceCookies deviceCookies) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/css/**", "/webjars/**", "/icons/**", "/favicon.ico",
                                "/manifest.webmanifest")
                        .permitAll()
                        .requestMatchers("/admin/**", "/responses/supervision-interval").hasRole(Role.ADMIN.name())
                        .requestMatchers("/review", "/posts/*/approve", "/posts/*/request-changes", "/posts/*/reject",
                                "/publications/**", "/responses/supervised",
                                "/responses/*/reassign", "/responses/*/hide", "/responses/*/remove",
                                "/events/new", "/events/*/edit", "/events/*/cancel")
                        .hasRole(Role.EDITOR.name())
                        .anyRequest().authenticated())
                .authenticationManager(authenticationManager)
                .formLogin(form -> form
                        .loginPage("/login")
                        .authenticationDetailsSource(LoginDetails::new)
                        .failureHandler(loginFailure())
                        .successHandler(new LoginSuccessHandler(localeResolver, deviceCookies)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(CSRF_PROTECTED))
                .addFilterAfter(new AccountStateFilter(users), AnonymousAuthenticationFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /** HTTP Basic for the API and actuator: the same login rules as the form, and a refused address told so. */
    /**
     * What the API and the actuator share, being called by programs rather than browsers: HTTP Basic (a
     * one-time password is refused, it must first be replaced on the pages), no session and so no CSRF, no
     * saved request, and every refusal as a problem.
     */
    private static HttpSecurity forMachines(HttpSecurity http, AuthenticationManager authenticationManager,
                                            ProblemResponses problems, Clock clock) throws Exception {
        return http.authenticationManager(authenticationManager)
                .httpBasic(basicLogin(problems, clock))
                .addFilterAfter(new ApiOneTimePasswordFilter(problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()));
    }

    private static Customizer<HttpBasicConfigurer<HttpSecurity>> basicLogin(ProblemResponses problems, Clock clock) {
        return basic -> basic
                .authenticationDetailsSource(LoginDetails::new)
                .authenticationEntryPoint(new AddressRefusalEntryPoint(problems, clock));
    }

    /** A refused address has its own message on the login page; every other failure is the same one. */
    private static AuthenticationFailureHandler loginFailure() {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(AddressRefusedException.class.getName(), "/login?refused"));
        return failure;
    }
}
