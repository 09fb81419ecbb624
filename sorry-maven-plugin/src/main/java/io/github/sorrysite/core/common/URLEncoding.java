package io.github.sorrysite.core.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding and decoding of URL paths (RFC 3986), in one place for every stage. */
public final class URLEncoding {
    /** RFC 3986 unreserved characters besides letters and digits. */
    private static final String UNRESERVED = "-._~";

    private URLEncoding() {
    }

    /** One path segment: everything but the unreserved characters is encoded, {@code /} included. */
    public static String pathSegment(String segment) {
        return encode(segment, UNRESERVED);
    }

    /**
     * Encodes every UTF-8 byte of {@code text} except ASCII letters, digits and {@code keep}.
     *
     * @param keep the characters to leave as they are, e.g. {@code "-._~/"} for a whole path
     */
    public static String encode(String text, String keep) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c < 0x80 && keep.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** A URL path decoded to the key it names; {@code +} is a plus in a path, not a space. */
    public static String decodePath(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
