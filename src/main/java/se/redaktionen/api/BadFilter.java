package se.redaktionen.api;

/** A list filter or search of the API that cannot be read: 400, the message key saying why in words. */
public class BadFilter extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BadFilter(String messageKey, Object... arguments) {
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
