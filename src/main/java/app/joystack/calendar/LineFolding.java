package app.joystack.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 5545's line folding, counted in octets: no line is longer than 75 bytes before its CRLF, and a fold never
 * splits a UTF-8 character. (ical4j folds by characters, so a name with accents or an emoji could run past 75.)
 */
final class LineFolding {
    static final int MAX_OCTETS = 75;

    private LineFolding() {
    }

    /** Folds every line of {@code unfolded} (lines end with CRLF) and returns the UTF-8 bytes. */
    static byte[] fold(String unfolded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(unfolded.length() + unfolded.length() / 60 * 3 + 16);
        for (String line : unfolded.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            int start = 0;
            // The first line holds 75 octets; each continuation starts with a space, so it holds 74 more.
            int room = MAX_OCTETS;
            while (bytes.length - start > room) {
                int end = start + room;
                while (isContinuationByte(bytes[end])) {
                    end--;
                }
                out.write(bytes, start, end - start);
                out.write('\r');
                out.write('\n');
                out.write(' ');
                start = end;
                room = MAX_OCTETS - 1;
            }
            out.write(bytes, start, bytes.length - start);
            out.write('\r');
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static boolean isContinuationByte(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
