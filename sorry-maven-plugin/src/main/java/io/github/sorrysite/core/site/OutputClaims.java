package io.github.sorrysite.core.site;

import io.github.sorrysite.core.BadInputException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Every path the build writes under {@code target/sorry/}, with the source it comes from, claimed
 * before it is written: two sources writing one path ({@code x.md} and {@code x.cfn.md} both make
 * {@code alb/x.cfn.json}), or one writing a file where another needs a folder ({@code x.md} and
 * {@code x.html/y.md}), fail naming both, instead of one silently replacing the other. Site keys
 * over S3's limit of 1,024 UTF-8 bytes fail here too, not at upload, and so do output names too long
 * for the file system (a fingerprint adds 8 bytes to a name that just fitted).
 */
final class OutputClaims {
    static final int MAX_KEY_BYTES = 1024;
    /** One file name, on the file systems the build writes to (ext4, APFS, NTFS). */
    static final int MAX_NAME_BYTES = 255;

    private final Map<String, String> files = new HashMap<>();
    /** The SHA-256 of what a path will hold, where the claim gave one: the same bytes twice are no clash. */
    private final Map<String, String> contents = new HashMap<>();
    private final Map<String, String> folders = new HashMap<>();

    /** @param path relative to the output directory, e.g. {@code site/maintenance.html}; @param source e.g. {@code pages/maintenance.md} */
    void claim(String path, String source) {
        claim(path, source, null);
    }

    /** @param sha256 the bytes' digest, for outputs several sources may make identically (reduced stylesheets); null otherwise */
    void claim(String path, String source, String sha256) {
        if (path.startsWith("site/") && path.getBytes(StandardCharsets.UTF_8).length - "site/".length() > MAX_KEY_BYTES) {
            throw new BadInputException(source, "would be published as a key of " + (path.getBytes(StandardCharsets.UTF_8).length
                    - "site/".length()) + " UTF-8 bytes, over S3's limit of " + MAX_KEY_BYTES, "shorten its name or folders");
        }
        for (String segment : path.split("/")) {
            int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                throw new BadInputException(source, "would be written as " + segment.substring(0, 40) + "… (" + bytes
                        + " UTF-8 bytes), over the file system's limit of " + MAX_NAME_BYTES + " for one name", "shorten its name");
            }
        }
        String other = files.get(path);
        if (other != null && sha256 != null && sha256.equals(contents.get(path))) {
            return;
        }
        if (other != null && !other.equals(source)) {
            throw clash(path, other, source, "both write");
        }
        other = folders.get(path);
        if (other != null) {
            throw clash(path, other, source, "need " + path + " as a folder and a file:");
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash);
            String file = files.get(folder);
            if (file != null) {
                throw clash(folder, file, source, "need " + folder + " as a file and a folder:");
            }
            folders.putIfAbsent(folder, source);
        }
        files.put(path, source);
        if (sha256 != null) {
            contents.put(path, sha256);
        }
    }

    private static BadInputException clash(String path, String first, String second, String what) {
        String text = what.startsWith("both") ? what + " " + path + ": " + first + " and " + second : what + " " + first + " and " + second;
        return new BadInputException(second, text.replace("  ", " "), "rename one of them so their outputs differ");
    }
}
