package io.github.sorrysite.core.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads and writes {@code report.json}. The build writes it with the streaming {@link JsonText}
 * (no data-binding set-up in a cold build); later goals read it back with data binding.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static byte[] write(BuildReport report) {
        return JsonText.pretty(report).getBytes(StandardCharsets.UTF_8);
    }

    public static BuildReport read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), BuildReport.class);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
