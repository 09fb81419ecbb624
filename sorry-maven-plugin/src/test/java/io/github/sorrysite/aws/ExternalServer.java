package io.github.sorrysite.aws;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * An S3-compatible server that nobody here wrote, run as its own process on 127.0.0.1 at a free
 * port: moto_server (S3 and CloudFront; on the machine image) or s3rver (installed by .ci/run with
 * npm into .cache/s3rver). Missing: the test is skipped with a message, except under CI=true, where
 * it fails.
 */
final class ExternalServer implements AutoCloseable {
    final String name;
    final String accessKey;
    final String secretKey;
    private final List<String> command;
    private final Path log;
    private int port;
    private Process process;

    private ExternalServer(String name, List<String> command, String accessKey, String secretKey, Path log) {
        this.name = name;
        this.command = command;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.log = log;
    }

    /** moto_server, from PATH. */
    static ExternalServer moto(Path work) {
        String binary = onPath("moto_server");
        requirePresent(binary != null, "moto_server is not on PATH (pip install 'moto[server]')");
        return new ExternalServer("moto", List.of(binary, "-H", "127.0.0.1", "-p", "{port}"), "testing", "testing",
                work.resolve("moto.log"));
    }

    /** s3rver, from the repository's .cache/s3rver (see .ci/run), storing into {@code work}. */
    static ExternalServer s3rver(Path work) {
        Path repo = Path.of("").toAbsolutePath();
        Path bin = repo.resolveSibling(".cache").resolve("s3rver/node_modules/s3rver/bin/s3rver.js");
        if (!Files.isRegularFile(bin)) {
            bin = repo.resolve(".cache/s3rver/node_modules/s3rver/bin/s3rver.js");
        }
        String node = onPath("node");
        requirePresent(node != null && Files.isRegularFile(bin),
                "s3rver is not installed (.ci/run does: npm install --prefix .cache/s3rver s3rver@3.7.1)");
        Path data = work.resolve("s3rver-data");
        // s3rver encrypts its continuation tokens with a cipher OpenSSL 3 disables: without the
        // legacy provider any truncated listing (max-keys, over 1000 keys) answers 500.
        return new ExternalServer("s3rver", List.of(node, "--openssl-legacy-provider", bin.toString(), "-a", "127.0.0.1", "-p", "{port}", "-d", data.toString()),
                "S3RVER", "S3RVER", work.resolve("s3rver.log"));
    }

    private static void requirePresent(boolean present, String message) {
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI must have it");
            }
            Assumptions.abort(message + ": skipped");
        }
    }

    private static String onPath(String binary) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File file = new File(dir, binary);
            if (file.canExecute()) {
                return file.getAbsolutePath();
            }
        }
        return null;
    }

    /** Starts (or restarts, on the same port and data) the server and waits until it accepts connections. */
    ExternalServer start() throws IOException, InterruptedException {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                port = socket.getLocalPort();
            }
        }
        List<String> args = new ArrayList<>();
        command.forEach(c -> args.add(c.replace("{port}", String.valueOf(port))));
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail(name + " exited at start: " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return this;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        fail(name + " did not listen on port " + port + " within 30 s: " + Files.readString(log));
        return this;
    }

    /** The server's own log, for failure messages. */
    String logTail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the server at once (SIGKILL), as a crash would. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
