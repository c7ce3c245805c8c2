package se.redaktionen.organisation.internal;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class BranchForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Za-z0-9]{1,10}", message = "{validation.branchCode}")
    private String code;

    private long version;

    static BranchForm of(Branch b) {
        BranchForm f = new BranchForm();
        f.name = b.getName();
        f.code = b.getCode();
        f.version = b.getVersion();
        return f;
    }

    /** A branch added without a form on a page: the first admin's, the demo's. */
    static BranchForm named(String name, String code) {
        BranchForm f = new BranchForm();
        f.setName(name);
        f.setCode(code);
        return f;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
