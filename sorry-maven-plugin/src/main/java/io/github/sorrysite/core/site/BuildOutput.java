package io.github.sorrysite.core.site;

import io.github.sorrysite.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code sorry:build} left in {@code target/sorry/}, as the goals after it see it. They read
 * the site from here and its description from the build's record ({@code report.json}); none of
 * them re-derives the content prefix or the CDN base from its own parameters.
 */
public record BuildOutput(Path projectDirectory, Path outputDirectory) {
    public BuildOutput {
        projectDirectory = Objects.requireNonNull(projectDirectory, "projectDirectory").toAbsolutePath().normalize();
        outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory").toAbsolutePath().normalize();
    }

    public static BuildOutput of(SiteConfig config) {
        return new BuildOutput(config.projectDirectory(), config.outputDirectory());
    }

    /** The upload root: {@code target/sorry/site}. */
    public Path siteDirectory() {
        return outputDirectory.resolve("site");
    }

    public Path reportFile() {
        return outputDirectory.resolve("report.json");
    }

    /**
     * The build's record.
     *
     * @param goal the goal that needs it, for the message when there is none
     */
    public BuildReport report(String goal) {
        Path file = reportFile();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(shown(file), "does not exist, so " + goal + " has no build to work on",
                    "run sorry:build first, e.g. mvn package " + goal + " (or mvn sorry:build " + goal + ")");
        }
        return ReportJson.read(file);
    }

    /** A path as the user should see it in messages: relative to the project when inside it. */
    public String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute) : absolute)
                .toString().replace('\\', '/');
    }

    /**
     * Fails when a goal's own parameter disagrees with what the build recorded.
     *
     * @param given the parameter as the user gave it, or null when not given (then the record wins silently)
     */
    public static void agrees(String parameter, String given, String recorded) {
        if (given != null && !given.equals(recorded)) {
            throw new BadInputException(parameter, "is '" + given + "', but the build in report.json was made with '" + recorded + "'",
                    "drop the parameter from this goal, or rebuild with it (mvn sorry:build -D" + parameter + "=" + given + ")");
        }
    }
}
