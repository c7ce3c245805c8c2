package se.redaktionen.channel.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.StartupSettingMissing;

/**
 * The key for channel credentials: {@code REDAKTIONEN_SECRET_KEY}, or in the zero-setup mode a key
 * generated once and kept beside the database under the data directory. Anywhere else a missing or
 * malformed key stops start-up with one line. The key is never logged.
 */
@Configuration
class CredentialKey {

    static final String KEY_FILE = "secret.key";

    @Bean
    CredentialCipher credentialCipher(RedaktionenProperties properties,
                                      @Value("${redaktionen.data-dir:./data}") Path dataDir) {
        if (properties.secretKey() != null && !properties.secretKey().isBlank()) {
            if (!isBase64Of32Bytes(properties.secretKey().strip())) {
                throw new StartupSettingMissing("REDAKTIONEN_SECRET_KEY must be 32 bytes in base64 (for example the "
                        + "output of 'openssl rand -base64 32').");
            }
            return CredentialCipher.fromBase64(properties.secretKey());
        }
        if (!properties.demoMode()) {
            throw new StartupSettingMissing("REDAKTIONEN_SECRET_KEY is not set: set it to 32 random bytes in "
                    + "base64 (for example the output of 'openssl rand -base64 32').");
        }
        return CredentialCipher.fromBase64(keptKey(dataDir.resolve(KEY_FILE)));
    }

    static boolean isBase64Of32Bytes(String key) {
        try {
            return Base64.getDecoder().decode(key).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String keptKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded);
            restrict(file);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the zero-setup secret key in " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, Set.of(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        }
    }
}
