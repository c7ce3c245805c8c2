package se.redaktionen.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.redaktionen.AsTyped;

public class PasswordForm {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    @NotBlank(message = "{validation.required}")
    @AsTyped
    private String currentPassword;

    @NotBlank(message = "{validation.required}")
    @Size(min = MIN_LENGTH, max = MAX_LENGTH, message = "{validation.passwordLength}")
    @AsTyped
    private String newPassword;

    @NotBlank(message = "{validation.required}")
    @AsTyped
    private String confirmPassword;

    void forget() {
        currentPassword = null;
        newPassword = null;
        confirmPassword = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
