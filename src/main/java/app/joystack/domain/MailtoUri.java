package app.joystack.domain;

import java.nio.charset.StandardCharsets;

/**
 * A {@code mailto:} address (RFC 6068) that hands a message to the person's own mail program: the recipient, a
 * subject and a body, each percent-encoded as UTF-8. JoyStack builds the address only; it never sends anything.
 */
public final class MailtoUri {
    /**
     * In a header value only RFC 3986's unreserved characters stay as they are: '+' would read as a space to some
     * mail programs, and an ampersand, '=', '#' or '%' would end or break the field.
     */
    private static final String SAFE_IN_QUERY = "-._~";
    /** In the address, '@' and the characters an address commonly holds ("sam+joy@example.org") stay as they are. */
    private static final String SAFE_IN_ADDRESS = "-._~!$'*+@";

    private MailtoUri() {
    }

    /**
     * {@code mailto:to?subject=…&body=…}. An empty {@code to} leaves the recipient for the person to choose; an empty
     * subject or body is left out. Line breaks in the body become CRLF, as RFC 6068 asks.
     */
    public static String of(String to, String subject, String body) {
        StringBuilder uri = new StringBuilder("mailto:");
        if (to != null && !to.isBlank()) {
            uri.append(encode(to.strip(), SAFE_IN_ADDRESS));
        }
        char separator = '?';
        if (subject != null && !subject.isBlank()) {
            uri.append(separator).append("subject=").append(encode(subject.strip(), SAFE_IN_QUERY));
            separator = '&';
        }
        if (body != null && !body.isEmpty()) {
            String crlf = body.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
            uri.append(separator).append("body=").append(encode(crlf, SAFE_IN_QUERY));
        }
        return uri.toString();
    }

    /** Percent-encodes every UTF-8 byte that is not an ASCII letter or digit or one of {@code safe}. */
    static String encode(String text, String safe) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || (c < 0x80 && safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
