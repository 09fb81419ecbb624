package io.github.sorrysite.core.publish;

import io.github.sorrysite.core.BadInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a site is published: an S3 bucket and key prefix ({@code s3://bucket/prefix}), or a local
 * directory ({@code file:///dir}) that mirrors what the bucket would hold.
 *
 * @param bucket the S3 bucket, or null for a directory
 * @param prefix key prefix under the bucket, "" or ending with "/"; always "" for a directory
 * @param directory the mirror directory, or null for S3
 */
public record PublishTarget(String bucket, String prefix, Path directory) {
    private static final String PARAMETER = "sorry.target";
    private static final String EXAMPLE = "use s3://my-bucket/sorry or file:///tmp/sorry-mirror";

    public PublishTarget {
        Objects.requireNonNull(prefix, "prefix");
        if ((bucket == null) == (directory == null)) {
            throw new IllegalArgumentException("exactly one of bucket and directory");
        }
    }

    public boolean isLocal() {
        return directory != null;
    }

    /** As the user wrote it, normalised: {@code s3://bucket/prefix/} or {@code file:///dir/}. */
    public String describe() {
        if (isLocal()) {
            // Not Path.toUri(): it adds the trailing slash only when the directory exists, and messages must not change.
            String path = directory.toString().replace('\\', '/');
            return "file://" + (path.startsWith("/") ? "" : "/") + path + (path.endsWith("/") ? "" : "/");
        }
        return "s3://" + bucket + "/" + prefix;
    }

    public static PublishTarget parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(PARAMETER, "is not set", "set <target> in the plugin configuration or -Dsorry.target; " + EXAMPLE);
        }
        String value = text.strip();
        if (value.startsWith("s3://")) {
            String rest = value.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1);
            if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
                throw new BadInputException(PARAMETER, "'" + bucket + "' is not a valid S3 bucket name",
                        "use the bucket name only, lower case, e.g. s3://my-bucket/sorry");
            }
            prefix = prefix.replaceAll("/+$", "");
            if (prefix.startsWith("/") || prefix.contains("//") || ("/" + prefix + "/").contains("/../")
                    || ("/" + prefix + "/").contains("/./")) {
                throw new BadInputException(PARAMETER, "key prefix '" + prefix + "' has empty, '.' or '..' segments",
                        "use plain path segments, e.g. s3://my-bucket/sorry");
            }
            return new PublishTarget(bucket, prefix.isEmpty() ? "" : prefix + "/", null);
        }
        if (value.startsWith("file:")) {
            try {
                URI uri = new URI(value);
                if (uri.getPath() == null || uri.getPath().isEmpty() || uri.getAuthority() != null && !uri.getAuthority().isEmpty()) {
                    throw new URISyntaxException(value, "needs an absolute path and no host");
                }
                return new PublishTarget(null, "", Path.of(uri).toAbsolutePath().normalize());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new BadInputException(PARAMETER, "'" + value + "' is not a usable file: URL (" + e.getMessage() + ")",
                        "use an absolute directory URL with three slashes, e.g. file:///tmp/sorry-mirror");
            }
        }
        throw new BadInputException(PARAMETER, "'" + value + "' is neither an s3:// nor a file: URL", EXAMPLE);
    }
}
