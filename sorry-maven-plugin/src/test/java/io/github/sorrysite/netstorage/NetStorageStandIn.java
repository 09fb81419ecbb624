package io.github.sorrysite.netstorage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs src/test/resources/netstorage/standin.py, the Python stand-in for NetStorage (and Fast
 * Purge) written separately from the plugin's client, on 127.0.0.1 at a free port. It stops when
 * this closes its stdin, and by itself after ten minutes.
 */
public final class NetStorageStandIn implements AutoCloseable {
    public static final String KEY_NAME = "sorry-upload";
    public static final String KEY = "standin-secret-key-7f3a";
    public static final String EDGEGRID_HOST = "akab-standin.purge.akamaiapis.net";
    public static final String CLIENT_TOKEN = "akab-client-token-standin";
    public static final String CLIENT_SECRET = "standin-client-secret=";
    public static final String ACCESS_TOKEN = "akab-access-token-standin";
    public static final Path SCRIPT = Path.of("src/test/resources/netstorage/standin.py").toAbsolutePath();

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public NetStorageStandIn(String... extraArgs) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("python3", SCRIPT.toString(), "--port", "0",
                    "--key-name", KEY_NAME, "--key", KEY));
            command.addAll(List.of(extraArgs));
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("PORT ")) {
                process.destroy();
                throw new IllegalStateException("the NetStorage stand-in did not start: " + line);
            }
            port = Integer.parseInt(line.substring(5).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The stand-in's counts and purges, as JSON text. */
    public String stats() {
        return control("GET", "stats");
    }

    public void failPath(String path, int times) {
        control("POST", "fail?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&count=" + times);
    }

    public void clockSkew(long seconds) {
        control("POST", "skew?seconds=" + seconds);
    }

    /** After {@code after} more accepted purge requests, answer the next {@code times} with 429. */
    public void throttlePurges(int times, int after) {
        control("POST", "throttle?count=" + times + "&after=" + after);
    }

    public void reset() {
        control("POST", "reset");
    }

    private String control(String method, String what) {
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint().resolve("/__control/" + what))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }
}
