package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.common.Pacer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Polls a URL through the load balancer until it answers with the sorry page (after {@code sorry:on})
 * or no longer does (after {@code sorry:off}), and says how long that took.
 */
public final class LiveCheck {
    /** One answer: status and body, or the failure. */
    public record Answer(int status, String body, String failure) {
        boolean is(FixedResponse sorry) {
            return failure == null && String.valueOf(status).equals(sorry.statusCode()) && body.equals(sorry.messageBody());
        }

        String describe() {
            return failure != null ? failure : "HTTP " + status + ", " + body.length() + " chars";
        }
    }

    /** Fetches the URL once. */
    public interface Fetcher {
        Answer fetch(URI url);
    }

    private final Fetcher fetcher;
    private final Pacer pacer;
    private final Events events;

    public LiveCheck(Fetcher fetcher, Pacer pacer, Events events) {
        this.fetcher = fetcher;
        this.pacer = pacer;
        this.events = events;
    }

    /** Over {@link HttpClient}, built at the first fetch: most switches have no check URL. */
    public static Fetcher http() {
        return new Fetcher() {
            private HttpClient client;

            @Override
            public synchronized Answer fetch(URI url) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
                }
                return get(client, url);
            }
        };
    }

    private static Answer get(HttpClient client, URI url) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            return new Answer(0, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "interrupted");
        }
    }

    /**
     * @param wantSorry true: wait until the answer is the sorry page; false: until it is not
     */
    public Duration await(URI url, FixedResponse sorry, boolean wantSorry, Duration timeout, Duration interval) {
        long start = pacer.nanoTime();
        Answer last;
        int tries = 0;
        while (true) {
            last = fetcher.fetch(url);
            tries++;
            Duration elapsed = Duration.ofNanos(pacer.nanoTime() - start);
            if (last.is(sorry) == wantSorry) {
                events.summary("Live check: " + url + (wantSorry ? " answers with the sorry page" : " no longer answers with the sorry page")
                        + " (" + last.describe() + ") after " + elapsed.toMillis() + " ms, " + tries + " request" + (tries == 1 ? "" : "s"));
                return elapsed;
            }
            if (elapsed.compareTo(timeout) >= 0) {
                throw new InfrastructureException("Live check: " + url + (wantSorry ? " did not answer with the sorry page"
                        : " still answers with the sorry page") + " within " + timeout.toSeconds() + " s (last answer: "
                        + last.describe() + "); the rules are in place: check that the URL goes through this listener", null);
            }
            try {
                pacer.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfrastructureException("Live check interrupted", e);
            }
        }
    }
}
