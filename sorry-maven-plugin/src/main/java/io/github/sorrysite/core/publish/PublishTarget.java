package io.github.sorrysite.core.publish;

import io.github.sorrysite.core.BadInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a site is published, chosen by the scheme of {@code sorry.target} the way hugo deploy
 * opens a bucket from a URL: {@code s3://bucket/prefix}, {@code netstorage://host/cp-code/path}
 * or {@code file:///dir}. Each kind is its own type, so the Maven layer picks the store by type and
 * no field is ever null.
 */
public sealed interface PublishTarget permits PublishTarget.S3, PublishTarget.NetStorage, PublishTarget.Directory {
    String PARAMETER = "sorry.target";

    /** As the user wrote it, normalised: {@code s3://bucket/prefix/} or {@code file:///dir/}. */
    String describe();

    /**
     * An S3 bucket and key prefix.
     *
     * @param prefix key prefix under the bucket, "" or ending with "/"
     */
    record S3(String bucket, String prefix) implements PublishTarget {
        public S3 {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public String describe() {
            return "s3://" + bucket + "/" + prefix;
        }
    }

    /**
     * A directory of an Akamai NetStorage storage group, reached through its HTTP API upload host.
     *
     * @param host the upload host, e.g. {@code example-nsu.akamaihd.net}
     * @param cpCode the storage group's upload CP code, digits only
     * @param path directory under the CP code, "" or ending with "/"
     */
    record NetStorage(String host, String cpCode, String path) implements PublishTarget {
        public NetStorage {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(cpCode, "cpCode");
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "netstorage://" + host + "/" + cpCode + "/" + path;
        }

        /** The request path of the target root, without a trailing slash: {@code /123456/sorry}. */
        public String root() {
            return "/" + cpCode + (path.isEmpty() ? "" : "/" + path.substring(0, path.length() - 1));
        }
    }

    /** A local directory that mirrors what the bucket would hold. */
    record Directory(Path directory) implements PublishTarget {
        public Directory {
            Objects.requireNonNull(directory, "directory");
        }

        @Override
        public String describe() {
            // Not Path.toUri(): it adds the trailing slash only when the directory exists, and messages must not change.
            String path = directory.toString().replace('\\', '/');
            return "file://" + (path.startsWith("/") ? "" : "/") + path + (path.endsWith("/") ? "" : "/");
        }
    }

    static PublishTarget parse(String text) {
        String example = "use s3://my-bucket/sorry, netstorage://example-nsu.akamaihd.net/123456/sorry or file:///tmp/sorry-mirror";
        if (text == null || text.isBlank()) {
            throw new BadInputException(PARAMETER, "is not set", "set <target> in the plugin configuration or -Dsorry.target; " + example);
        }
        String value = text.strip();
        if (value.startsWith("s3://")) {
            return s3(value.substring("s3://".length()));
        }
        if (value.startsWith("netstorage://")) {
            return netStorage(value.substring("netstorage://".length()));
        }
        if (value.startsWith("file:")) {
            return directory(value);
        }
        throw new BadInputException(PARAMETER, "'" + value + "' is not an s3://, netstorage:// or file: URL", example);
    }

    private static NetStorage netStorage(String rest) {
        String example = "use netstorage://<upload-host>/<cp-code>/<path>, e.g. netstorage://example-nsu.akamaihd.net/123456/sorry";
        String[] parts = rest.split("/", 3);
        String host = parts[0];
        if (!host.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+")) {
            throw new BadInputException(PARAMETER, "'" + host + "' is not a NetStorage upload host name", example);
        }
        if (parts.length < 2 || !parts[1].matches("\\d{1,10}")) {
            throw new BadInputException(PARAMETER, "netstorage://" + rest + " has no CP code after the host",
                    example + " (the upload CP code of the storage group, digits only)");
        }
        String path = parts.length < 3 ? "" : parts[2].replaceAll("/+$", "");
        if (path.startsWith("/") || path.contains("//") || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
            throw new BadInputException(PARAMETER, "path '" + path + "' has empty, '.' or '..' segments", example);
        }
        return new NetStorage(host.toLowerCase(java.util.Locale.ROOT), parts[1], path.isEmpty() ? "" : path + "/");
    }

    private static S3 s3(String rest) {
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new BadInputException(PARAMETER, "'" + bucket + "' is not a valid S3 bucket name",
                    "use the bucket name only, lower case, e.g. s3://my-bucket/sorry");
        }
        if (bucket.endsWith("--x-s3")) {
            // S3's user guide ("How is S3 Express One Zone different?"): a directory bucket's ETags are not MD5s, its
            // listings are not in key order, and its requests need session credentials: publish verifies uploads by MD5.
            throw new BadInputException(PARAMETER, "'" + bucket + "' is a directory bucket (S3 Express One Zone), whose ETags are not"
                    + " the MD5 of the bytes that publish verifies every upload by",
                    "publish to a general purpose bucket, e.g. s3://my-bucket/sorry");
        }
        prefix = prefix.replaceAll("/+$", "");
        if (prefix.startsWith("/") || prefix.contains("//") || ("/" + prefix + "/").contains("/../")
                || ("/" + prefix + "/").contains("/./")) {
            throw new BadInputException(PARAMETER, "key prefix '" + prefix + "' has empty, '.' or '..' segments",
                    "use plain path segments, e.g. s3://my-bucket/sorry");
        }
        return new S3(bucket, prefix.isEmpty() ? "" : prefix + "/");
    }

    private static Directory directory(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getPath() == null || uri.getPath().isEmpty() || uri.getAuthority() != null && !uri.getAuthority().isEmpty()) {
                throw new URISyntaxException(value, "needs an absolute path and no host");
            }
            return new Directory(Path.of(uri).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new BadInputException(PARAMETER, "'" + value + "' is not a usable file: URL (" + e.getMessage() + ")",
                    "use an absolute directory URL with three slashes, e.g. file:///tmp/sorry-mirror");
        }
    }
}
