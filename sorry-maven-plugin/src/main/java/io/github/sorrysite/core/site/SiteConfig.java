package io.github.sorrysite.core.site;

import io.github.sorrysite.core.BadInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything {@link SiteBuilder} needs, validated in one place. Parameter names in messages are
 * the {@code sorry.*} properties, so the user knows exactly what to change.
 *
 * @param projectDirectory used only to show paths relative to the project in messages
 * @param cdnBaseUrl absolute http(s) URL without a trailing slash, or "" to keep root-relative URLs
 * @param contentPrefix URL path of the asset directory, normalised to {@code /name/}
 */
public record SiteConfig(Path projectDirectory, Path sourceDirectory, Path templateDirectory, Path outputDirectory,
                         String cdnBaseUrl, String contentPrefix, boolean fingerprint) {

    public SiteConfig {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(templateDirectory, "templateDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        projectDirectory = projectDirectory.toAbsolutePath().normalize();
        sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        templateDirectory = templateDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        cdnBaseUrl = normaliseCdnBaseUrl(cdnBaseUrl);
        contentPrefix = normaliseContentPrefix(contentPrefix);
        if (outputDirectory.startsWith(sourceDirectory) || outputDirectory.startsWith(templateDirectory)) {
            throw new BadInputException("sorry.outputDirectory",
                    "must not be inside the source or template directory (" + outputDirectory + ")",
                    "use a directory under target/, such as the default ${project.build.directory}/sorry");
        }
    }

    /** Defaults as documented: site-src/, templates/ and target/sorry under {@code projectDirectory}. */
    public static SiteConfig defaults(Path projectDirectory) {
        return new SiteConfig(projectDirectory, projectDirectory.resolve("site-src"), projectDirectory.resolve("templates"),
                projectDirectory.resolve("target/sorry"), "", "/sorrycontent/", true);
    }

    public SiteConfig withCdnBaseUrl(String url) {
        return new SiteConfig(projectDirectory, sourceDirectory, templateDirectory, outputDirectory, url, contentPrefix, fingerprint);
    }

    public SiteConfig withFingerprint(boolean on) {
        return new SiteConfig(projectDirectory, sourceDirectory, templateDirectory, outputDirectory, cdnBaseUrl, contentPrefix, on);
    }

    public SiteConfig withOutputDirectory(Path directory) {
        return new SiteConfig(projectDirectory, sourceDirectory, templateDirectory, directory, cdnBaseUrl, contentPrefix, fingerprint);
    }

    /** Where page sources live: {@code site-src/pages}. */
    public Path pagesDirectory() {
        return sourceDirectory.resolve("pages");
    }

    /** Where assets live: the content prefix mirrored under the source directory, e.g. {@code site-src/sorrycontent}. */
    public Path assetsDirectory() {
        return sourceDirectory.resolve(contentPrefix.substring(1, contentPrefix.length() - 1));
    }

    /** The upload root: {@code target/sorry/site}. */
    public Path siteDirectory() {
        return outputDirectory.resolve("site");
    }

    /** A path as the user should see it in messages: relative to the project when inside it. */
    public String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute) : absolute)
                .toString().replace('\\', '/');
    }

    private static String normaliseCdnBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new BadInputException("sorry.cdnBaseUrl", "'" + trimmed + "' is not a valid URL (" + e.getReason() + ")",
                    "use an absolute URL such as https://d111111abcdef8.cloudfront.net");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                || uri.getHost() == null) {
            throw new BadInputException("sorry.cdnBaseUrl", "'" + trimmed + "' is not an absolute http(s) URL",
                    "use an absolute URL such as https://d111111abcdef8.cloudfront.net");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new BadInputException("sorry.cdnBaseUrl", "'" + trimmed + "' has a query or fragment",
                    "give only scheme, host and an optional path");
        }
        return trimmed.replaceAll("/+$", "");
    }

    private static String normaliseContentPrefix(String prefix) {
        String p = prefix == null || prefix.isBlank() ? "/sorrycontent/" : prefix.strip();
        if (!p.startsWith("/")) {
            throw new BadInputException("sorry.contentPrefix", "'" + p + "' must be an absolute URL path",
                    "start it with a slash, e.g. /sorrycontent/: relative asset URLs break under deep URLs such as /app/login");
        }
        if (!p.endsWith("/")) {
            p = p + "/";
        }
        if (p.equals("/") || p.contains("//") || p.contains("/../") || p.contains("/./") || !p.matches("[A-Za-z0-9._~/-]+")) {
            throw new BadInputException("sorry.contentPrefix", "'" + p + "' is not a usable asset directory",
                    "use one or more plain path segments such as /sorrycontent/ (not the site root)");
        }
        return p;
    }
}
