package io.github.sorrysite.core.build;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes for fingerprints and the report. */
public final class Hashes {
    /**
     * Hex digits of the SHA-256 that go into a fingerprinted file name. 32 bits tell apart the
     * versions of one file by far (the path is part of the name), and every character counts in
     * the 1024 of an ALB body, which carries these names.
     */
    public static final int FINGERPRINT_LENGTH = 8;

    private Hashes() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@code css/site.css} becomes {@code css/site.<hash>.css}; a name without extension gets {@code .<hash>}. */
    public static String fingerprintedName(String key, String sha256) {
        String hash = sha256.substring(0, FINGERPRINT_LENGTH);
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        if (dot <= slash + 1) {
            return key + "." + hash;
        }
        return key.substring(0, dot) + "." + hash + key.substring(dot);
    }
}
