package io.github.sorrysite.core.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes for fingerprints and the report. */
public final class Hashes {
    /**
     * Characters of a fingerprint: the first 35 bits of the SHA-256 in lowercase Crockford base32
     * ({@value #FINGERPRINT_ALPHABET}). 35 bits tell apart the versions of one file by far (the
     * path is part of the name), and every character counts in the 1024 of an ALB body, which
     * carries these names: 7 base32 characters hold more than 8 hex digits would. Lowercase only,
     * so names never differ by case alone on a case-insensitive disk.
     */
    public static final int FINGERPRINT_LENGTH = 7;
    public static final String FINGERPRINT_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    private Hashes() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The fingerprint of content whose SHA-256 (hex, as {@link #sha256}) is given. */
    public static String fingerprint(String sha256) {
        long bits = Long.parseLong(sha256.substring(0, 10), 16) >>> (40 - 5 * FINGERPRINT_LENGTH);
        char[] out = new char[FINGERPRINT_LENGTH];
        for (int i = FINGERPRINT_LENGTH - 1; i >= 0; i--) {
            out[i] = FINGERPRINT_ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(out);
    }

    /** {@code css/site.css} becomes {@code css/site.<fingerprint>.css}; a name without extension gets {@code .<fingerprint>}. */
    public static String fingerprintedName(String key, String sha256) {
        String hash = fingerprint(sha256);
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        if (dot <= slash + 1) {
            return key + "." + hash;
        }
        return key.substring(0, dot) + "." + hash + key.substring(dot);
    }
}
