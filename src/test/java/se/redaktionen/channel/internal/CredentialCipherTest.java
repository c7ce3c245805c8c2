package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialCipherTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void whatIsEncryptedDecryptsToTheSame() {
        CredentialCipher cipher = new CredentialCipher(KEY);

        assertThat(cipher.decrypt(cipher.encrypt("accessToken=hemlig-åäö"))).isEqualTo("accessToken=hemlig-åäö");
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTimeAndNeverInTheClear() {
        CredentialCipher cipher = new CredentialCipher(KEY);

        byte[] first = cipher.encrypt("pageAccessToken=EAAB-hemlig");
        byte[] second = cipher.encrypt("pageAccessToken=EAAB-hemlig");

        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("hemlig");
    }

    @Test
    void aTamperedValueOrAnotherKeyFailsInsteadOfGivingGarbage() {
        CredentialCipher cipher = new CredentialCipher(KEY);
        byte[] stored = cipher.encrypt("applicationPassword=abcd efgh");
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(IllegalStateException.class);
        byte[] intact = cipher.encrypt("x");
        assertThatThrownBy(() -> new CredentialCipher("abcdef0123456789abcdef0123456789".getBytes(
                StandardCharsets.US_ASCII)).decrypt(intact)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> new CredentialCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThat(CredentialKey.isBase64Of32Bytes(Base64.getEncoder().encodeToString(KEY))).isTrue();
        assertThat(CredentialKey.isBase64Of32Bytes("inte base64!")).isFalse();
    }

    @Test
    void theZeroSetupKeyIsMadeOnceKeptAndReadableOnlyByItsOwner(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve(CredentialKey.KEY_FILE);

        String first = CredentialKey.keptKey(file);
        String second = CredentialKey.keptKey(file);

        assertThat(first).isEqualTo(second);
        assertThat(CredentialKey.isBase64Of32Bytes(first)).isTrue();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
