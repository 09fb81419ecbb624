package io.github.sorrysite.akamai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.publish.store.CdnBusyException;
import io.github.sorrysite.core.publish.store.CdnInvalidator;
import io.github.sorrysite.core.settings.FastPurgeSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Akamai Fast Purge v3: invalidates URLs with {@code POST /ccu/v3/invalidate/url/{network}},
 * EdgeGrid-signed.
 *
 * <p>It implements the core's {@link CdnInvalidator} port rather than a sibling port, because the
 * core's step ({@code InvalidateCdn}) already does what a purge needs around the call: one request
 * per target after the deletes, back-off and retry while the CDN is busy (Fast Purge's 429), a
 * manual command when it fails, and an optional wait. The mapping:
 * <ul>
 *   <li>a "distribution" is the purge network, {@code production} or {@code staging};</li>
 *   <li>paths are purged as URLs on each configured hostname, one by one: Fast Purge has no
 *       wildcard, so the plan never collapses them ({@code CdnOptions.NO_WILDCARD});</li>
 *   <li>a call sends as many requests as the 50,000-byte body limit needs. The port's
 *       {@code callerReference} is the same on every retry of one call, so batches already
 *       accepted are not sent again after a 429 on a later one;</li>
 *   <li>Fast Purge has no status call: {@link #status} waits out the estimated seconds the API
 *       gave, then requests each purged page once and reports what the edge answered.</li>
 * </ul>
 */
public final class FastPurgeInvalidator implements CdnInvalidator {
    /** Fast Purge refuses a request body over 50,000 bytes. */
    static final int MAX_BODY_BYTES = 50_000;
    static final int CHECKED_URLS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FastPurgeSettings settings;
    private final java.util.function.Supplier<EdgeRc> credentials;
    private volatile EdgeRc edgeRc;
    private volatile EdgeGridSigning signing;
    private final Events listener;
    private final Pacer pacer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Per callerReference: the batches accepted so far, so a retried call sends only the rest. */
    private final Map<String, List<Accepted>> accepted = new ConcurrentHashMap<>();
    /** Per returned id: what {@link #status} waits for and checks. */
    private final Map<String, Purge> purges = new ConcurrentHashMap<>();

    record Accepted(int batch, String purgeId, long estimatedSeconds) {
    }

    private record Purge(long acceptedAt, long estimatedSeconds, List<String> urls) {
    }

    /**
     * Reads the .edgerc section on first use: {@link #ready()}, which the publish calls before its
     * first upload, so a missing credential stops it before anything changes, and a dry run needs none.
     */
    public static FastPurgeInvalidator create(FastPurgeSettings settings, Events listener, Pacer pacer) {
        if (settings.hostnames().isEmpty()) {
            throw new BadInputException(FastPurgeSettings.HOSTNAMES_PARAMETER, "is not set, so there are no URLs to purge",
                    "list the property hostnames the pages are served under, e.g. www.example.com,failover.example.com");
        }
        return new FastPurgeInvalidator(settings, () -> EdgeRc.read(settings.edgerc(), settings.section()), listener, pacer);
    }

    FastPurgeInvalidator(FastPurgeSettings settings, EdgeRc edgeRc, Events listener, Pacer pacer) {
        this(settings, () -> edgeRc, listener, pacer);
    }

    private FastPurgeInvalidator(FastPurgeSettings settings, java.util.function.Supplier<EdgeRc> credentials, Events listener, Pacer pacer) {
        this.settings = settings;
        this.credentials = credentials;
        this.listener = listener;
        this.pacer = pacer;
    }

    @Override
    public synchronized void ready() {
        if (signing == null) {
            edgeRc = credentials.get();
            signing = new EdgeGridSigning(edgeRc);
        }
    }

    @Override
    public String describe(String network) {
        return "Akamai " + network + " network (Fast Purge)";
    }

    @Override
    public String manualInvalidation(String network, List<String> paths) {
        List<String> urls = urls(paths);
        return "akamai purge --section " + settings.section() + " invalidate" + ("staging".equals(network) ? " --staging" : "") + " "
                + String.join(" ", urls.stream().map(u -> "'" + u + "'").toList());
    }

    @Override
    public String invalidate(String network, List<String> paths, String callerReference) {
        ready();
        List<String> urls = urls(paths);
        List<List<String>> batches = batches(urls);
        List<Accepted> done = accepted.computeIfAbsent(callerReference, k -> new ArrayList<>());
        for (int i = 0; i < batches.size(); i++) {
            int index = i;
            if (done.stream().anyMatch(a -> a.batch() == index)) {
                continue;
            }
            Accepted result = post(network, batches.get(i), i);
            done.add(result);
            listener.info("Fast Purge " + result.purgeId() + " accepted on " + network + ": " + batches.get(i).size() + " URL"
                    + (batches.get(i).size() == 1 ? "" : "s") + (batches.size() > 1 ? " (batch " + (i + 1) + " of " + batches.size() + ")" : "")
                    + ", estimated " + result.estimatedSeconds() + " s");
        }
        String id = String.join(",", done.stream().map(Accepted::purgeId).toList());
        long estimated = done.stream().mapToLong(Accepted::estimatedSeconds).max().orElse(0);
        purges.put(id, new Purge(pacer.nanoTime(), estimated, urls));
        accepted.remove(callerReference);
        return id;
    }

    /** Splits the URLs so that no request body exceeds {@value #MAX_BODY_BYTES} bytes. */
    static List<List<String>> batches(List<String> urls) {
        List<List<String>> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String url : urls) {
            current.add(url);
            if (body(current).length > MAX_BODY_BYTES) {
                current.remove(current.size() - 1);
                if (current.isEmpty()) {
                    throw new BadInputException(FastPurgeSettings.HOSTNAMES_PARAMETER, "the URL " + url + " alone is over Fast Purge's "
                            + MAX_BODY_BYTES + "-byte request limit", "shorten the page names");
                }
                batches.add(current);
                current = new ArrayList<>(List.of(url));
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    static byte[] body(List<String> urls) {
        try {
            return JSON.writeValueAsBytes(Map.of("objects", urls));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Accepted post(String network, List<String> urls, int batch) {
        String path = "/ccu/v3/invalidate/url/" + network;
        byte[] body = body(urls);
        URI base = settings.endpoint() != null ? settings.endpoint() : URI.create("https://" + signing.host());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", signing.authorization("POST", path, Map.of(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new InfrastructureException("Cannot reach Fast Purge at " + base + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while purging", e);
        }
        int status = response.statusCode();
        JsonNode json = parse(response.body());
        String detail = json.path("detail").asText(json.path("title").asText(""));
        if (status == 201 || status == 200) {
            return new Accepted(batch, json.path("purgeId").asText("?"), json.path("estimatedSeconds").asLong(5));
        }
        if (status == 429) {
            throw new CdnBusyException("Fast Purge rate limit reached on the " + network + " network (HTTP 429)", null);
        }
        if (status == 401 || status == 403) {
            return badCredential(status, detail);
        }
        if (status == 400 || status == 413) {
            throw new BadInputException(FastPurgeSettings.HOSTNAMES_PARAMETER, "Fast Purge refused the URLs (HTTP " + status
                    + (detail.isEmpty() ? "" : ": " + detail) + ")", "check the hostnames: each must be a hostname of the property");
        }
        throw new InfrastructureException("Fast Purge failed: HTTP " + status + (detail.isEmpty() ? "" : ": " + detail), null);
    }

    private Accepted badCredential(int status, String detail) {
        // The detail says why (signature, clock, grant), and never echoes the credential.
        throw new BadInputException(FastPurgeSettings.EDGERC_PARAMETER, "Fast Purge refused the API client of " + edgeRc
                + " (HTTP " + status + (detail.isEmpty() ? "" : ": " + detail) + ")",
                "check that the section holds the credentials of an API client with the CCU APIs grant (READ-WRITE), and that this machine's clock is right");
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** Waits out the estimated seconds, then requests each purged page once; Fast Purge has no status call. */
    @Override
    public String status(String network, String purgeId) {
        Purge purge = purges.get(purgeId);
        if (purge == null) {
            throw new InfrastructureException("No Fast Purge " + purgeId + " was made by this publish", null);
        }
        Duration left = Duration.ofSeconds(purge.estimatedSeconds()).minusNanos(pacer.nanoTime() - purge.acceptedAt());
        if (!left.isNegative() && !left.isZero()) {
            listener.info("Waiting " + Math.max(1, left.toSeconds()) + " s, the time Fast Purge estimated");
            try {
                pacer.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfrastructureException("Interrupted while waiting for Fast Purge", e);
            }
        }
        purge.urls().stream().limit(CHECKED_URLS).forEach(this::check);
        return "Completed";
    }

    private void check(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Pragma", "akamai-x-cache-on").GET().build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            listener.info("  checked " + url + ": HTTP " + response.statusCode()
                    + response.headers().firstValue("X-Cache").map(x -> ", X-Cache: " + x).orElse(""));
        } catch (IOException | IllegalArgumentException e) {
            listener.warn("Purged, but " + url + " did not answer (" + e.getClass().getSimpleName() + "); check it by hand");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while checking " + url, e);
        }
    }

    private List<String> urls(List<String> paths) {
        List<String> urls = new ArrayList<>();
        for (String base : settings.bases()) {
            for (String path : paths) {
                urls.add(base + path);
            }
        }
        return urls;
    }

    @Override
    public String toString() {
        return "FastPurgeInvalidator(" + settings.edgerc() + " [" + settings.section() + "])";
    }
}
