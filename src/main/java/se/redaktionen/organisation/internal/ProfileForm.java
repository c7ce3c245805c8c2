package se.redaktionen.organisation.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** What everyone may change about themselves: their details and the language of their pages. */
public class ProfileForm extends PersonalDetailsForm {

    @NotNull(message = "{validation.language}")
    @Pattern(regexp = "sv|en", message = "{validation.language}")
    private String language = "sv";

    static ProfileForm of(Person p) {
        ProfileForm f = new ProfileForm();
        f.readFrom(p);
        f.language = p.getLanguage();
        return f;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
