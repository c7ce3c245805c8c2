package se.redaktionen.response;

/** An action on a response that cannot be done; the message key says why in words. */
public class ResponseRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ResponseRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }
}
