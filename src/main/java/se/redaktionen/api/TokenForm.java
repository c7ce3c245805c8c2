package se.redaktionen.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class TokenForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.tooLong}")
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
