package io.github.sorrysite.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.preview.Screenshotter;
import io.github.sorrysite.core.preview.Viewport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.github.sorrysite.core.common.FileTrees;

/**
 * A headless Chromium process driven over the DevTools protocol. It starts with a fresh
 * temporary profile and with background networking off, so the only requests it makes are the
 * ones the pages ask for; {@link #close()} stops it and deletes the profile.
 */
public final class Chromium implements Screenshotter, AutoCloseable {
    /** No sandbox (containers, root), no GPU, and nothing that phones home: without the networking flags Chromium keeps trying hosts it cannot reach. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-default-browser-check", "--hide-scrollbars", "--mute-audio", "--disable-extensions",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0");
    /** A guard against a browser that never starts, not a performance expectation. */
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final Process process;
    private final Path profile;
    private final CdpConnection connection;

    private Chromium(Process process, Path profile, CdpConnection connection) {
        this.process = process;
        this.profile = profile;
        this.connection = connection;
    }

    public static Chromium launch(Path executable) {
        Path profile;
        try {
            profile = Files.createTempDirectory("sorry-chromium-");
        } catch (IOException e) {
            throw new InfrastructureException("Cannot create a temporary Chromium profile: " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        Process process;
        Path log = profile.resolve("chromium.log");
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            FileTrees.deleteQuietly(profile);
            throw new InfrastructureException("Cannot start " + executable + ": " + e.getMessage(), e);
        }
        try {
            URI endpoint = awaitDevTools(process, profile, log);
            return new Chromium(process, profile, CdpConnection.open(endpoint));
        } catch (RuntimeException e) {
            process.destroyForcibly();
            FileTrees.deleteQuietly(profile);
            throw e;
        }
    }

    /** Chromium writes the port it picked and the browser endpoint path into its profile. */
    private static URI awaitDevTools(Process process, Path profile, Path log) {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new InfrastructureException("Chromium exited at start (code " + process.exitValue() + "): " + tail(log), null);
            }
            try {
                if (Files.isRegularFile(portFile)) {
                    List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                    if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                        return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                    }
                }
                Thread.sleep(50);
            } catch (IOException e) {
                // written but not complete yet: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfrastructureException("Interrupted while starting Chromium", e);
            }
        }
        throw new InfrastructureException("Chromium did not open its DevTools port within " + START_TIMEOUT_MILLIS / 1000
                + " s: " + tail(log), null);
    }

    /** Opens a fresh tab, loads {@code url} at {@code viewport} and waits for it to finish loading. */
    public ChromiumPage open(URI url, Viewport viewport) {
        JsonNode target = connection.send(null, "Target.createTarget", Map.of("url", "about:blank"));
        String targetId = target.path("targetId").asText();
        JsonNode attached = connection.send(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true));
        ChromiumPage page = new ChromiumPage(connection, targetId, attached.path("sessionId").asText());
        try {
            page.load(url, viewport);
            return page;
        } catch (RuntimeException e) {
            page.close();
            throw e;
        }
    }

    @Override
    public byte[] screenshot(URI url, Viewport viewport) {
        try (ChromiumPage page = open(url, viewport)) {
            return page.screenshot(true);
        }
    }

    @Override
    public void close() {
        try {
            connection.send(null, "Browser.close", Map.of());
        } catch (RuntimeException e) {
            // it may already be gone; it is killed below either way
        }
        connection.close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        FileTrees.deleteQuietly(profile);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no output)";
        }
    }

}
