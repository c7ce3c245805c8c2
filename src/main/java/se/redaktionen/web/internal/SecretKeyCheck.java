package se.redaktionen.web.internal;

import java.util.Base64;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.StartupSettingMissing;

/** Production refuses to start without the key that encrypts channel credentials. */
@Component
class SecretKeyCheck implements InitializingBean {

    private final RedaktionenProperties properties;

    SecretKeyCheck(RedaktionenProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.requireSecretKey()) {
            return;
        }
        String key = properties.secretKey();
        if (key == null || key.isBlank()) {
            throw new StartupSettingMissing("REDAKTIONEN_SECRET_KEY is not set: set it to 32 random bytes in "
                    + "base64 (for example the output of 'openssl rand -base64 32').");
        }
        if (!isBase64Of32Bytes(key.strip())) {
            throw new StartupSettingMissing("REDAKTIONEN_SECRET_KEY must be 32 bytes in base64 (for example the "
                    + "output of 'openssl rand -base64 32').");
        }
    }

    static boolean isBase64Of32Bytes(String key) {
        try {
            return Base64.getDecoder().decode(key).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
