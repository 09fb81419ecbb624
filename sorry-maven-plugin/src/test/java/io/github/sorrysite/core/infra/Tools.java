package io.github.sorrysite.core.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a real command-line tool (cfn-lint, terraform, node) for a test. Where the tool is not
 * installed the test is skipped with a message, except on CI (CI=true), where it fails.
 */
public final class Tools {
    private Tools() {
    }

    public record Run(int exit, String output) {
    }

    public static Run run(Path dir, Map<String, String> env, long timeoutSeconds, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(command[0] + " is needed on CI (see ENVIRONMENT.md)", e);
            }
            Assumptions.abort(command[0] + " is not installed: " + e.getMessage());
            throw new IllegalStateException(e);
        }
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Run run(Path dir, String... command) {
        return run(dir, Map.of(), 300, command);
    }

    /** A Terraform CLI config that installs providers only from the machine's filesystem mirror. */
    public static Map<String, String> terraformEnv(Path dir) {
        Path config = dir.resolve("terraform.rc");
        try {
            java.nio.file.Files.writeString(config, """
                    provider_installation {
                      filesystem_mirror {
                        path    = "/opt/tf-plugins"
                        include = ["registry.terraform.io/*/*"]
                      }
                      direct {
                        exclude = ["registry.terraform.io/*/*"]
                      }
                    }
                    """);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("TF_CLI_CONFIG_FILE", config.toString(), "TF_IN_AUTOMATION", "1", "CHECKPOINT_DISABLE", "1");
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
