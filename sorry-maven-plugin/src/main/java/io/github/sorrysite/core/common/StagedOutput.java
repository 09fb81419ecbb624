package io.github.sorrysite.core.common;

import io.github.sorrysite.core.InfrastructureException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Writes a build into a staging directory next to the real output and swaps it in only when
 * everything succeeded, so a failed build never leaves a half-written site behind (the previous
 * one stays as it was).
 */
public final class StagedOutput implements AutoCloseable {
    private final Path outputDirectory;
    private final Path staging;
    private boolean committed;

    public StagedOutput(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
        try {
            Files.createDirectories(outputDirectory);
            this.staging = Files.createTempDirectory(outputDirectory, ".staging-");
        } catch (IOException e) {
            throw new InfrastructureException("Cannot create " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code relative} (e.g. {@code site/maintenance.html}) into the staging area. */
    public void write(String relative, byte[] content) {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("outside the output directory: " + relative);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces each top-level entry of the output directory that this build staged (for example
     * {@code site}, {@code alb}, {@code report.json}), leaving others (previews, publish plans) alone.
     */
    public void commit() {
        try (Stream<Path> entries = Files.list(staging)) {
            for (Path entry : entries.toList()) {
                Path target = outputDirectory.resolve(entry.getFileName().toString());
                if (Files.exists(target)) {
                    Path old = Files.createTempDirectory(outputDirectory, ".old-");
                    move(target, old.resolve(entry.getFileName().toString()));
                    move(entry, target);
                    deleteTree(old);
                } else {
                    move(entry, target);
                }
            }
            committed = true;
        } catch (IOException e) {
            throw new InfrastructureException("Cannot move the build into " + outputDirectory + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Turns a failure to delete into the build's infrastructure failure. */
    private static void deleteTree(Path root) {
        try {
            FileTrees.delete(root);
        } catch (UncheckedIOException e) {
            throw new InfrastructureException(e.getMessage(), e);
        }
    }
}
