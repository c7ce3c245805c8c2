package se.redaktionen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every way a platform call can fail has its words, for a publication and for the connection test alike. */
class FailureWordsTest {

    @Test
    void everyFailureAndEveryNetworkTroubleIsWordedInSwedishAndEnglish() throws IOException {
        for (String language : new String[] {"sv", "en"}) {
            Properties bundle = bundle(language);
            for (FailureCode code : FailureCode.values()) {
                assertThat(bundle).containsKeys("publication.error." + code, "channel.connection.error." + code);
            }
            for (NetworkTrouble trouble : NetworkTrouble.values()) {
                assertThat(bundle).containsKey("channel.connection.trouble." + trouble);
            }
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FailureWordsTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
