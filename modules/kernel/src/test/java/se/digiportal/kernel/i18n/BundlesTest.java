package se.digiportal.kernel.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Swedish first, English beside it: every text exists in both languages. */
class BundlesTest {

    @Test
    void messagesHaveTheSameKeysInSwedishAndEnglish() throws IOException {
        assertThat(load("/se/digiportal/kernel/i18n/messages_en.properties").keySet())
                .isEqualTo(load("/se/digiportal/kernel/i18n/messages.properties").keySet());
    }

    @Test
    void validationMessagesHaveTheSameKeysInSwedishAndEnglish() throws IOException {
        assertThat(load("/ValidationMessages_en.properties").keySet())
                .isEqualTo(load("/ValidationMessages.properties").keySet());
    }

    @Test
    void swedishIsTheBaseBundle() throws IOException {
        assertThat(load("/se/digiportal/kernel/i18n/messages.properties").getProperty("login.submit"))
                .isEqualTo("Logga in");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
