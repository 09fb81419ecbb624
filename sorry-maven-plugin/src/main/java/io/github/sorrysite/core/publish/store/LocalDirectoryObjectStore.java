package io.github.sorrysite.core.publish.store;

import io.github.sorrysite.core.common.Md5;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.common.JsonFields;
import io.github.sorrysite.core.common.JsonText;
import io.github.sorrysite.core.InfrastructureException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A {@code file://} target: a directory laid out like the bucket would be, for local mirrors and
 * tests. What S3 keeps as object metadata (headers and our digest) lives in one manifest file,
 * {@value #MANIFEST}, at the root; it is not an object of the site.
 */
public final class LocalDirectoryObjectStore implements ObjectStore {
    public static final String MANIFEST = ".sorry-publish.json";

    /** What a real store would return as headers and metadata for one object. */
    public record Entry(String contentType, String cacheControl, String digest) {
    }

    private final Path root;
    private final Map<String, Entry> manifest;

    public LocalDirectoryObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.manifest = readMetadataFile();
    }

    @Override
    public List<RemoteObject> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<RemoteObject> objects = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String key = root.relativize(file).toString().replace('\\', '/');
                if (!key.equals(MANIFEST) && !key.contains("/.tmp-") && !key.startsWith(".tmp-")
                        && !key.startsWith(io.github.sorrysite.core.publish.plan.PublishManifest.PREFIX)) {
                    objects.add(new RemoteObject(key, Files.size(file), Md5.hex(file), null));
                }
            }
            return objects;
        } catch (IOException e) {
            throw new InfrastructureException("Cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized String digest(String key) {
        Entry entry = manifest.get(key);
        return entry == null ? null : entry.digest();
    }

    /** The headers a real store would serve {@code key} with, or null. */
    public synchronized Entry entry(String key) {
        return manifest.get(key);
    }

    @Override
    public String put(String key, Path file, ObjectHeaders headers, String md5, String digest) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".tmp-", "");
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            if (!Md5.hex(temporary).equals(md5)) {
                Files.deleteIfExists(temporary);
                throw new InfrastructureException("Copy of " + key + " to " + root + " does not match its MD5; it changed while publishing?", null);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + target + ": " + e.getMessage(), e);
        }
        synchronized (this) {
            manifest.put(key, new Entry(headers.contentType(), headers.cacheControl(), digest));
            writeMetadataFile();
        }
        return md5;
    }

    @Override
    public StoredObject head(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Entry entry = entry(key);
        try {
            return new StoredObject(Files.size(file), entry == null ? null : entry.contentType(), entry == null ? null : entry.cacheControl(),
                    entry == null ? null : entry.digest(), Md5.hex(file));
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] read(String key) {
        return readFile(resolve(key));
    }

    @Override
    public boolean locks() {
        return true;
    }

    @Override
    public byte[] readControl(String key) {
        return readFile(control(key));
    }

    @Override
    public boolean writeControl(String key, byte[] body, boolean onlyIfAbsent) {
        Path file = control(key);
        try {
            Files.createDirectories(file.getParent());
            if (onlyIfAbsent) {
                try {
                    Files.write(file, body, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    return false;
                }
            } else {
                Files.write(file, body);
            }
            return true;
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void deleteControl(String key) {
        Path file = control(key);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private Path control(String key) {
        if (!key.startsWith(io.github.sorrysite.core.publish.plan.PublishManifest.PREFIX) || key.contains("..")) {
            throw new IllegalArgumentException("not a control key: " + key);
        }
        return root.resolve(key);
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(List<String> keys) {
        for (String key : keys) {
            Path target = resolve(key);
            try {
                Files.deleteIfExists(target);
                for (Path dir = target.getParent(); !dir.equals(root) && isEmptyDirectory(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            } catch (IOException e) {
                throw new InfrastructureException("Cannot delete " + target + ": " + e.getMessage(), e);
            }
            synchronized (this) {
                manifest.remove(key);
            }
        }
        synchronized (this) {
            writeMetadataFile();
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root) || key.equals(MANIFEST)) {
            throw new IllegalArgumentException("key outside the target: " + key);
        }
        return path;
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private Map<String, Entry> readMetadataFile() {
        Path file = root.resolve(MANIFEST);
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            Map<String, Entry> entries = new TreeMap<>();
            JsonFields json = JsonFields.of(JsonText.parse(Files.readAllBytes(file)), file.toString());
            for (Object key : json.object().keySet()) {
                JsonFields e = json.object(String.valueOf(key));
                entries.put(String.valueOf(key), new Entry(e.string("contentType"), e.string("cacheControl"), e.string("digest")));
            }
            return entries;
        } catch (IOException | IllegalArgumentException e) {
            throw new InfrastructureException("Cannot read " + file + " (delete it to re-upload everything): " + e.getMessage(), e);
        }
    }

    private void writeMetadataFile() {
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, ".tmp-", "");
            Files.writeString(temporary, JsonText.pretty(manifest), java.nio.charset.StandardCharsets.UTF_8);
            Files.move(temporary, root.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + root.resolve(MANIFEST) + ": " + e.getMessage(), e);
        }
    }
}
