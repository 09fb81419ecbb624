package io.github.sorrysite.aws;

import io.github.sorrysite.core.settings.AwsSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real moto_server on 127.0.0.1 at a free port, for one test class. Skipped with a message
 * where moto is not installed, except on CI (CI=true), where a missing moto fails the test.
 * ACM certificates are issued at once ({@code MOTO_ACM_VALIDATION_WAIT=0}), as DNS validation would
 * once its records exist.
 */
public final class MotoServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private MotoServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static MotoServer start(Path log) {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ProcessBuilder builder = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MOTO_ACM_VALIDATION_WAIT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("moto_server is needed on CI (see ENVIRONMENT.md)", e);
            }
            Assumptions.abort("moto_server is not installed: " + e.getMessage());
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new MotoServer(process, port);
            } catch (IOException e) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("moto_server exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
        process.destroy();
        throw new IllegalStateException("moto_server did not listen on " + port + " within 30 s; see " + log);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Settings that point every client at this server, with the SDK's default region. */
    public AwsSettings settings() {
        return AwsSettings.builder().region("us-east-1").endpoint(endpoint()).checksums("when-supported").build();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
