package io.github.sorrysite.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.preview.Viewport;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One browser tab: load a URL, record what happened, look at the result. */
public final class ChromiumPage implements AutoCloseable {
    private final CdpConnection connection;
    private final String targetId;
    private final String sessionId;
    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> urlsByRequestId = new java.util.concurrent.ConcurrentHashMap<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private volatile String loaderId = "";
    private volatile int status = -1;
    private final Runnable unsubscribe;

    ChromiumPage(CdpConnection connection, String targetId, String sessionId) {
        this.connection = connection;
        this.targetId = targetId;
        this.sessionId = sessionId;
        this.unsubscribe = connection.subscribe(event -> {
            if (sessionId.equals(event.sessionId())) {
                onEvent(event.method(), event.params());
            }
        });
    }

    void load(URI url, Viewport viewport) {
        send("Page.enable", Map.of());
        send("Network.enable", Map.of());
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
        send("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        send("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(), "height", viewport.height(),
                "deviceScaleFactor", 1, "mobile", viewport.mobile()));
        // Still pictures: no animation frame lottery, and the light scheme a default browser shows.
        send("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-reduced-motion", "value", "reduce"),
                Map.of("name", "prefers-color-scheme", "value", "light"))));
        JsonNode navigated = send("Page.navigate", Map.of("url", url.toString()));
        if (navigated.hasNonNull("errorText") && !navigated.get("errorText").asText().isEmpty()) {
            throw new InfrastructureException("Chromium could not load " + url + ": " + navigated.get("errorText").asText(), null);
        }
        loaderId = navigated.path("loaderId").asText();
        try {
            loaded.get(CdpConnection.COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while loading " + url, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new InfrastructureException("Chromium did not finish loading " + url + " within "
                    + CdpConnection.COMMAND_TIMEOUT_SECONDS + " s", e);
        }
        // Web fonts and the next two frames, so the picture shows the settled layout.
        evaluate("document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))");
    }

    /** Evaluates a JavaScript expression (awaiting a promise) and returns its JSON value. */
    public JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new InfrastructureException("Evaluating in the page failed: "
                    + result.get("exceptionDetails").path("exception").path("description").asText(result.get("exceptionDetails").toString()), null);
        }
        return result.path("result").path("value");
    }

    /** What the load looked like so far. */
    public PageVisit visit() {
        synchronized (consoleErrors) {
            synchronized (requests) {
                synchronized (failed) {
                    return new PageVisit(status, consoleErrors, requests, failed);
                }
            }
        }
    }

    /**
     * A PNG of the viewport ({@code fullPage} false: what is "above the fold") or of the whole
     * page.
     */
    public byte[] screenshot(boolean fullPage) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("format", "png"));
        if (fullPage) {
            JsonNode metrics = send("Page.getLayoutMetrics", Map.of());
            JsonNode content = metrics.path("cssContentSize");
            JsonNode viewport = metrics.path("cssLayoutViewport");
            double width = viewport.path("clientWidth").asDouble();
            double height = Math.max(content.path("height").asDouble(), viewport.path("clientHeight").asDouble());
            params.put("captureBeyondViewport", true);
            params.put("clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.ceil(height), "scale", 1));
        }
        return Base64.getDecoder().decode(send("Page.captureScreenshot", params).path("data").asText());
    }

    @Override
    public void close() {
        unsubscribe.run();
        try {
            connection.send(null, "Target.closeTarget", Map.of("targetId", targetId));
        } catch (RuntimeException e) {
            // the browser may be closing already
        }
    }

    private JsonNode send(String method, Map<String, ?> params) {
        return connection.send(sessionId, method, params);
    }

    private void onEvent(String method, JsonNode params) {
        switch (method) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Network.requestWillBeSent" -> {
                String url = params.path("request").path("url").asText();
                urlsByRequestId.put(params.path("requestId").asText(), url);
                requests.add(url);
            }
            case "Network.responseReceived" -> {
                if (params.path("requestId").asText().equals(params.path("loaderId").asText())
                        && "Document".equals(params.path("type").asText())) {
                    status = params.path("response").path("status").asInt();
                }
            }
            case "Network.loadingFailed" -> {
                String url = urlsByRequestId.getOrDefault(params.path("requestId").asText(), "?");
                if (!params.path("canceled").asBoolean()) {
                    failed.add(url + " (" + params.path("errorText").asText() + ")");
                }
            }
            case "Runtime.consoleAPICalled" -> {
                String type = params.path("type").asText();
                if (type.equals("error") || type.equals("assert")) {
                    StringBuilder text = new StringBuilder("console." + type + ":");
                    params.path("args").forEach(a -> text.append(' ').append(a.path("value").asText(a.path("description").asText())));
                    consoleErrors.add(text.toString());
                }
            }
            case "Runtime.exceptionThrown" -> consoleErrors.add("uncaught: " + params.path("exceptionDetails").path("exception")
                    .path("description").asText(params.path("exceptionDetails").path("text").asText()));
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if ("error".equals(entry.path("level").asText()) && !isDocumentStatus(entry)) {
                    consoleErrors.add(entry.path("source").asText() + ": " + entry.path("text").asText()
                            + (entry.hasNonNull("url") ? " (" + entry.path("url").asText() + ")" : ""));
                }
            }
            default -> {
            }
        }
    }

    /**
     * Chromium logs "Failed to load resource: the server responded with a status of 503" for the
     * document itself. A sorry page is meant to answer 503 (it is asserted separately), so that
     * one entry is not a page error; the same message for an asset still is.
     */
    private boolean isDocumentStatus(JsonNode entry) {
        if (!"network".equals(entry.path("source").asText()) || requests.isEmpty()) {
            return false;
        }
        String documentUrl = requests.get(0);
        return documentUrl.equals(entry.path("url").asText()) && entry.path("text").asText().contains("status of " + status);
    }
}
