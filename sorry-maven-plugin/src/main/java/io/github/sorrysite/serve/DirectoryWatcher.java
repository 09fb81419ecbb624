package io.github.sorrysite.serve;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches directory trees and calls back once per burst of changes. Editors save a file as
 * several events (write a temporary file, rename, touch), so events are collected until the trees
 * have been quiet for {@code quietMillis}, and the callback gets the changed paths of the burst.
 */
public final class DirectoryWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final long quietMillis;
    private final Consumer<Set<Path>> onChange;
    private final Events listener;
    private final Thread thread;

    /**
     * Starts watching at once; roots that do not exist are skipped.
     *
     * @param onChange called on the watcher's own thread, never concurrently
     */
    public DirectoryWatcher(List<Path> roots, long quietMillis, Consumer<Set<Path>> onChange, Events listener) {
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        this.listener = listener;
        try {
            this.service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new InfrastructureException("Cannot watch files: " + e.getMessage(), e);
        }
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::run, "sorry-watch");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            listener.debug("Closing the file watcher: " + e);
        }
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                WatchKey next;
                while ((next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    try {
                        onChange.accept(changed);
                    } catch (RuntimeException e) {
                        listener.warn("Rebuild after a change failed: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop quietly
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path directory = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost; any directory may have changed.
                changed.add(directory == null ? Path.of(".") : directory);
                continue;
            }
            if (directory == null) {
                continue;
            }
            Path path = directory.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
            if (!isEditorNoise(path.getFileName().toString())) {
                changed.add(path);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /** Swap and backup files that editors write next to the real one. */
    static boolean isEditorNoise(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
                || name.equals("4913") || name.equals(".DS_Store");
    }

    private void registerTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path directory : walk.filter(Files::isDirectory).toList()) {
                keys.put(directory.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), directory);
            }
        } catch (IOException | ClosedWatchServiceException e) {
            listener.warn("Cannot watch " + root + " for changes: " + e.getMessage());
        }
    }
}
