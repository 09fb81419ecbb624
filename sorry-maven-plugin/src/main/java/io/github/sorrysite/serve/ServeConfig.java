package io.github.sorrysite.serve;

import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.site.SiteConfig;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code sorry:serve} needs, validated in one place.
 *
 * @param site the user's site configuration
 * @param host address to listen on ({@code sorry.serve.host})
 * @param port port to listen on, 0 for any free one ({@code sorry.serve.port})
 * @param outputDirectory where the served build goes; separate from {@code site.outputDirectory()}
 *        because its asset URLs point at the local server
 * @param inline how the inline ALB variant is made, as in the real build
 */
public record ServeConfig(SiteConfig site, String host, int port, Path outputDirectory, InlineConfig inline) {
    public ServeConfig {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(inline, "inline");
        if (host == null || host.isBlank()) {
            throw new BadInputException("sorry.serve.host", "is empty", "use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)");
        }
        host = host.strip();
        if (port < 0 || port > 65535) {
            throw new BadInputException("sorry.serve.port", port + " is not a TCP port", "use a number from 1 to 65535 (or 0 for any free port)");
        }
        outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory").toAbsolutePath().normalize();
        if (outputDirectory.equals(site.outputDirectory())) {
            throw new BadInputException("sorry.serve.outputDirectory", "is the same as sorry.outputDirectory (" + outputDirectory + ")",
                    "use a separate directory such as target/sorry-serve: the served build points asset URLs at the local server");
        }
    }

    /** The default served-build directory: a sibling of the real output, e.g. {@code target/sorry-serve}. */
    public static Path defaultOutputDirectory(SiteConfig site) {
        Path output = site.outputDirectory();
        return output.resolveSibling(output.getFileName() + "-serve");
    }
}
