package io.github.sorrysite.aws;

import io.github.sorrysite.core.common.Background;
import io.github.sorrysite.core.InfrastructureException;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * An SDK client built on its own thread as soon as it is asked for, and handed over on first use.
 * Building one in a fresh JVM takes the better part of a second (the HTTP client, the SDK's service
 * metadata), time the publish would otherwise spend before reading the local site.
 */
final class ClientInBackground<T extends AutoCloseable> implements Supplier<T>, AutoCloseable {
    private final Background<T> building;
    private final Function<SdkException, RuntimeException> translate;

    private ClientInBackground(Background<T> building, Function<SdkException, RuntimeException> translate) {
        this.building = building;
        this.translate = translate;
    }

    /** Starts building; @param translate turns an SDK failure while building into the user's error */
    static <T extends AutoCloseable> ClientInBackground<T> start(String threadName, Supplier<T> build,
                                                                 Function<SdkException, RuntimeException> translate) {
        return new ClientInBackground<>(Background.start(threadName, build::get), translate);
    }

    /** An already built client (tests, callers that have one). */
    static <T extends AutoCloseable> ClientInBackground<T> of(T client) {
        return new ClientInBackground<>(Background.done(client), e -> e);
    }

    @Override
    public T get() {
        try {
            return building.join();
        } catch (SdkException e) {
            throw translate.apply(e);
        }
    }

    /** Closes the client once it is built; one that failed to build has nothing to close. */
    @Override
    public void close() {
        T client = building.joinQuietly();
        if (client == null) {
            return;
        }
        try {
            client.close();
        } catch (Exception e) {
            throw new InfrastructureException("Cannot close the AWS client: " + e.getMessage(), e);
        }
    }
}
