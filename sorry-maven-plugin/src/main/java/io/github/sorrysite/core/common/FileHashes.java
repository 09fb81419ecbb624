package io.github.sorrysite.core.common;

import io.github.sorrysite.core.InfrastructureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The MD5 (what S3 reports as the ETag of a single-part upload) and the SHA-256 (what
 * {@code report.json} records) of one file, from one read of it: the bytes checked against the
 * build are the bytes whose MD5 every upload carries.
 */
public record FileHashes(String md5, String sha256) {
    public static FileHashes of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // A buffer no bigger than the file: a site is mostly files of a few kB, and zeroing 64 kB for each showed in the profile.
            byte[] buffer = new byte[(int) Math.max(1, Math.min(64 * 1024, Files.size(file)))];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md5.update(buffer, 0, n);
                sha256.update(buffer, 0, n);
            }
            return new FileHashes(HexFormat.of().formatHex(md5.digest()), HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5 and SHA-256", e);
        }
    }
}
