package se.redaktionen.platform;

/** The Test connection button's call: reaches the platform with the stored credentials. */
public interface ConnectionTest extends Capability {

    /** Calls the platform with the stored credentials and describes the account it reached. */
    String testConnection(ChannelAccount account);

    /** Where the credentials go, so the connection test can warn of plain http; null where nothing leaves. */
    default String address(ChannelAccount account) {
        return null;
    }
}
