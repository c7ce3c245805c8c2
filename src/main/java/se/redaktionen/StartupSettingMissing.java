package se.redaktionen;

/** Start-up cannot go on until an operator sets something; the message says exactly what. */
public class StartupSettingMissing extends RuntimeException {

    public StartupSettingMissing(String message) {
        super(message);
    }
}
