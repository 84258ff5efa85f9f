package app.joystack.domain;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 6068 mailto: addresses: what is escaped, what is left, and that the text comes back whole. */
class MailtoUriTest {
    @Test
    void recipientSubjectAndBodyAreEncodedAsUtf8() {
        assertEquals("mailto:sam@example.org?subject=A%20small%20good%20moment&body=Sun%20on%20my%20face%20%E2%98%80",
                MailtoUri.of("sam@example.org", "A small good moment", "Sun on my face ☀"));
    }

    @Test
    void lineBreaksBecomeCrlfAndDelimitersAreEscaped() {
        String uri = MailtoUri.of("", "Tea & cake?", "50% more joy\nLine two #1 +1 = a=b");
        assertEquals("mailto:?subject=Tea%20%26%20cake%3F"
                + "&body=50%25%20more%20joy%0D%0ALine%20two%20%231%20%2B1%20%3D%20a%3Db", uri);
    }

    @Test
    void emptyPartsAreLeftOutAndTheResultIsAValidUri() {
        assertEquals("mailto:", MailtoUri.of(null, "", ""));
        assertEquals("mailto:?body=Hi", MailtoUri.of(" ", null, "Hi"));
        assertEquals("mailto:sam+joy@example.org?subject=Hi", MailtoUri.of("sam+joy@example.org", "Hi", null));
        URI parsed = URI.create(MailtoUri.of("ana@example.org", "Ça va?", "Å\r\nß é 😀 <3 \"quoted\""));
        assertEquals("mailto", parsed.getScheme());
    }

    @Test
    void theBodyDecodesBackToTheMessage() {
        String message = "Ça va? 😀\nThe heron came back, & it stood there for ages (really!) ~ 100%";
        String uri = MailtoUri.of("ana@example.org", "Hi", message);
        String body = uri.substring(uri.indexOf("body=") + 5);
        assertFalse(body.contains(" ") || body.contains("&") || body.contains("+"));
        // '+' is always escaped, so the form decoder's '+'-as-space rule cannot change anything here
        assertEquals(message.replace("\n", "\r\n"), URLDecoder.decode(body, StandardCharsets.UTF_8));
        assertTrue(uri.startsWith("mailto:ana@example.org?subject=Hi&body="));
    }

    @Test
    void anAddressCannotSmuggleInHeaderFields() {
        assertEquals("mailto:a%3Fcc%3Dx@example.org", MailtoUri.of("a?cc=x@example.org", "", ""));
        assertEquals("mailto:a%2Cb@example.org", MailtoUri.of("a,b@example.org", "", ""));
    }
}
