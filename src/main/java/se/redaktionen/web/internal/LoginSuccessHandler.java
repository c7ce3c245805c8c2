package se.redaktionen.web.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

import se.redaktionen.organisation.StaffUser;

/** After login the pages speak the person's chosen language; a one-time password must be replaced first. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver localeResolver;

    LoginSuccessHandler(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof StaffUser user) {
            localeResolver.setLocale(request, response, user.getLanguage());
            if (user.isMustChangePassword()) {
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, AccountStateFilter.PASSWORD_PAGE);
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
