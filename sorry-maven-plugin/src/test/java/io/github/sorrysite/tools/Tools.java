package io.github.sorrysite.tools;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real clients the tests drive (moto_server, terraform, cfn-lint, the aws CLI): found on the
 * PATH, skipped with a message where one is missing, and a failure instead when {@code CI=true}, where
 * the machine image has them all.
 */
public final class Tools {
    private Tools() {
    }

    /** The tool's path, or the test is skipped (failed on CI). */
    public static Path require(String name) {
        Path found = find(name);
        if (found == null) {
            String message = name + " is not on the PATH; this test needs it (see ENVIRONMENT.md: the machine image has it)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " -- CI=true, so a missing tool is a failure, not a skip");
            }
            Assumptions.abort(message);
        }
        return found;
    }

    public static Path find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** What a finished process printed, and its exit code. */
    public record Result(int exit, String output) {
    }

    /** Runs a command to its end (at most {@code seconds}), output and errors together. */
    public static Result run(Path dir, Map<String, String> env, int seconds, List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Path log = Files.createTempFile("tool", ".log");
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + seconds + " s: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
