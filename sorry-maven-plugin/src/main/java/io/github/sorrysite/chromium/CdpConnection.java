package io.github.sorrysite.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sorrysite.core.InfrastructureException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A Chrome DevTools Protocol connection over the JDK's WebSocket client, with flattened target
 * sessions: every command and event carries the {@code sessionId} of the page it belongs to.
 */
final class CdpConnection implements AutoCloseable {
    /** A guard against a hung browser, not a performance expectation. */
    static final long COMMAND_TIMEOUT_SECONDS = 60;

    /** An event: its method, its page session ("" for the browser) and its params. */
    record Event(String method, String sessionId, JsonNode params) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

    private CdpConnection(WebSocket socket) {
        this.socket = socket;
    }

    static CdpConnection open(URI webSocketUrl) {
        Receiver receiver = new Receiver();
        try {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(COMMAND_TIMEOUT_SECONDS))
                    .buildAsync(webSocketUrl, receiver)
                    .get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            CdpConnection connection = new CdpConnection(socket);
            receiver.connection = connection;
            return connection;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while connecting to Chromium", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new InfrastructureException("Cannot connect to Chromium's DevTools at " + webSocketUrl + ": " + e, e);
        }
    }

    /** Sends a command and waits for its result. */
    JsonNode send(String sessionId, String method, Map<String, ?> params) {
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null && !sessionId.isEmpty()) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        try {
            synchronized (socket) {
                socket.sendText(message.toString(), true).get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            return result.get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while waiting for Chromium (" + method + ")", e);
        } catch (ExecutionException e) {
            throw new InfrastructureException("Chromium failed " + method + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new InfrastructureException("Chromium did not answer " + method + " within " + COMMAND_TIMEOUT_SECONDS + " s", e);
        } finally {
            pending.remove(id);
        }
    }

    Runnable subscribe(Consumer<Event> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @Override
    public void close() {
        socket.abort();
        pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("connection closed")));
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (Exception e) {
            return;
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> future = pending.get(message.get("id").asLong());
            if (future != null) {
                if (message.has("error")) {
                    future.completeExceptionally(new IllegalStateException(message.get("error").path("message").asText()));
                } else {
                    future.complete(message.path("result"));
                }
            }
            return;
        }
        Event event = new Event(message.path("method").asText(), message.path("sessionId").asText(""), message.path("params"));
        for (Consumer<Event> subscriber : subscribers) {
            subscriber.accept(event);
        }
    }

    /** Reassembles messages split over several frames. */
    private static final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile CdpConnection connection;
        private final java.util.List<String> early = new CopyOnWriteArrayList<>();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                CdpConnection c = connection;
                if (c == null) {
                    early.add(text);
                } else {
                    early.forEach(c::dispatch);
                    early.clear();
                    c.dispatch(text);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            CdpConnection c = connection;
            if (c != null) {
                c.pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("Chromium closed the connection")));
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            CdpConnection c = connection;
            if (c != null) {
                c.pending.values().forEach(f -> f.completeExceptionally(error));
            }
        }
    }
}
