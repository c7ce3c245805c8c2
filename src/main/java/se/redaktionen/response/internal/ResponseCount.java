package se.redaktionen.response.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.response.Responses;

/** The number of open responses assigned to the signed-in person, beside "Svar" in the navigation. */
@ControllerAdvice
class ResponseCount {

    private final Responses responses;

    ResponseCount(Responses responses) {
        this.responses = responses;
    }

    @ModelAttribute("responseCount")
    Long responseCount(@AuthenticationPrincipal StaffUser user) {
        if (user == null) {
            return null;
        }
        return responses.overviewFor(user.getPersonId(), false).mineOpen();
    }
}
