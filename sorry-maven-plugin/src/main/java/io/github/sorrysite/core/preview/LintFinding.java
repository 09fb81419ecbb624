package io.github.sorrysite.core.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sorrysite.core.InfrastructureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One finding of {@code sorry:lint}, as shown in the preview report. {@code lint.json} is owned
 * by the lint goal; this reads it leniently (a list of findings, or an object holding one under
 * {@code findings}) and keeps the fields a reader needs, so the report does not break when the
 * lint format grows.
 */
public record LintFinding(String severity, String rule, String where, String message) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code lint.json}; an absent file means no lint run, an empty list. */
    public static List<LintFinding> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode list = root.isArray() ? root : first(root, "findings", "problems", "issues", "results");
        List<LintFinding> findings = new ArrayList<>();
        for (JsonNode node : list) {
            if (node.isObject()) {
                findings.add(new LintFinding(text(node, "severity", "level"), text(node, "rule", "id", "code"),
                        where(node), text(node, "message", "text", "problem", "description")));
            } else {
                findings.add(new LintFinding("", "", "", node.asText()));
            }
        }
        return List.copyOf(findings);
    }

    private static String where(JsonNode node) {
        String place = text(node, "where", "page", "file", "source", "output", "path");
        String line = text(node, "line");
        return line.isEmpty() || place.isEmpty() ? place : place + ":" + line;
    }

    private static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            if (node.path(name).isArray()) {
                return node.get(name);
            }
        }
        return JSON.createArrayNode();
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull() && !value.isContainerNode()) {
                return value.asText();
            }
        }
        return "";
    }
}
