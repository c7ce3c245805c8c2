package se.redaktionen.publishing;

/** A publication action that cannot be done now; the message key says why in words. */
public class PublicationRefused extends RuntimeException {

    private final String messageKey;

    public PublicationRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
