package se.redaktionen.web.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.organisation.Usernames;

/**
 * After login the pages speak the person's chosen language, the browser gets a fresh device cookie, and a
 * one-time password must be replaced first.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver localeResolver;
    private final DeviceCookies deviceCookies;

    LoginSuccessHandler(LocaleResolver localeResolver, DeviceCookies deviceCookies) {
        this.localeResolver = localeResolver;
        this.deviceCookies = deviceCookies;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof StaffUser user) {
            localeResolver.setLocale(request, response, user.getLanguage());
            deviceCookies.renew(request, response, Usernames.normalise(user.getUsername()));
            if (user.isMustChangePassword()) {
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, AccountStateFilter.PASSWORD_PAGE);
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
