package se.redaktionen.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.redaktionen.AsTyped;

public class PasswordForm {

    @NotBlank(message = "{validation.required}")
    @AsTyped
    private String currentPassword;

    @NotBlank(message = "{validation.required}")
    @Size(min = 10, max = 128, message = "{validation.passwordLength}")
    @AsTyped
    private String newPassword;

    @NotBlank(message = "{validation.required}")
    @AsTyped
    private String confirmPassword;

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
