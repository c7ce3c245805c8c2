package se.redaktionen.organisation.internal;

import java.util.Arrays;
import java.util.List;

/**
 * What a person's name, branch and registered handles give a signature and the private-accounts rule.
 * Apart from the {@link Person} that holds them, so these rules are checked without a database.
 */
final class Signatures {

    private Signatures() {
    }

    /** The first word of the name: "Anna Lind" signs as Anna. */
    static String firstName(String displayName) {
        return displayName.strip().split(" ", 2)[0];
    }

    /** The first letter of every word of the name: "Anna Maria Lind" is AML. */
    static String initials(String displayName) {
        StringBuilder initials = new StringBuilder();
        for (String part : displayName.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                initials.appendCodePoint(part.codePointAt(0));
            }
        }
        return initials.toString();
    }

    /** The signature of someone who has not chosen one: "/Anna, Fittja". */
    static String defaultSignature(String displayName, String branchName) {
        return "/" + firstName(displayName) + ", " + branchName;
    }

    /** The signature chosen, or the default one where none (or only spaces) was chosen. */
    static String effective(String chosen, String displayName, String branchName) {
        return chosen == null || chosen.isBlank() ? defaultSignature(displayName, branchName) : chosen;
    }

    /** The registered private handles, written apart by commas, spaces or lines. */
    static List<String> handles(String privateHandles) {
        if (privateHandles == null || privateHandles.isBlank()) {
            return List.of();
        }
        return Arrays.stream(privateHandles.split("[,\\s]+")).filter(h -> !h.isBlank()).toList();
    }
}
