package io.github.sorrysite.netstorage;

import io.github.sorrysite.core.common.Md5;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.plan.PublishManifest;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.settings.NetStorageSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A {@code netstorage://host/cp-code/path} target. Keys are paths under {@code /<cp-code>/<path>/}.
 * Listing walks the tree with {@code dir}, which gives every file's size, md5 and mtime, so the
 * planner's change detection is by content. NetStorage keeps no headers with a file (the CDN
 * property sets Content-Type and Cache-Control), so a changed Cache-Control alone uploads nothing;
 * see {@link #digest(RemoteObject, LocalObject)}. The publish manifest is kept as
 * {@value PublishManifest#KEY} under the root, with the file's md5 as its ETag.
 */
public final class NetStorageObjectStore implements ObjectStore {
    private final PublishTarget.NetStorage target;
    private final Supplier<NetStorageClient> clients;
    private volatile NetStorageClient client;

    /** The credentials are read on first use ({@link #ready()}), so a dry run of another target never needs them. */
    public static NetStorageObjectStore create(PublishTarget.NetStorage target, NetStorageSettings settings, Map<String, String> environment) {
        return new NetStorageObjectStore(target, () -> new NetStorageClient(settings.baseUrl(target.host()), settings.credentials(environment)));
    }

    public NetStorageObjectStore(PublishTarget.NetStorage target, NetStorageClient client) {
        this(target, () -> client);
    }

    private NetStorageObjectStore(PublishTarget.NetStorage target, Supplier<NetStorageClient> clients) {
        this.target = target;
        this.clients = clients;
    }

    private NetStorageClient client() {
        NetStorageClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = clients.get();
                }
                c = client;
            }
        }
        return c;
    }

    @Override
    public void ready() {
        client();
    }

    @Override
    public List<RemoteObject> list() {
        List<RemoteObject> objects = new ArrayList<>();
        Deque<String> directories = new ArrayDeque<>();
        directories.add("");
        while (!directories.isEmpty()) {
            String prefix = directories.poll();
            String path = prefix.isEmpty() ? target.root() : target.root() + "/" + prefix.substring(0, prefix.length() - 1);
            for (NetStorageEntry entry : client().dir(path)) {
                String key = prefix + entry.name();
                if (entry.isDirectory()) {
                    if (!(key + "/").equals(PublishManifest.PREFIX)) {
                        directories.add(key + "/");
                    }
                } else if (entry.isFile()) {
                    objects.add(new RemoteObject(key, entry.size(), entry.md5(), null, Instant.ofEpochSecond(entry.mtime())));
                }
            }
        }
        objects.sort(Comparator.comparing(RemoteObject::key));
        return objects;
    }

    /** NetStorage stores no metadata with a file, so there is no digest of ours to read. */
    @Override
    public String digest(String key) {
        return null;
    }

    /** By content: the listed md5 (or {@code stat}'s, when the listing had none) against the local body's. */
    @Override
    public String digest(RemoteObject listed, LocalObject local) {
        String md5 = listed.etag();
        if (md5.isEmpty()) {
            NetStorageEntry entry = client().stat(path(listed.key()));
            md5 = entry == null ? "" : entry.md5();
        }
        return local != null && md5.equalsIgnoreCase(local.md5()) ? local.digest() : null;
    }

    @Override
    public String put(String key, Path file, ObjectHeaders headers, String md5, String digest) {
        client().upload(path(key), file, md5);
        return md5;
    }

    @Override
    public void delete(List<String> keys) {
        for (String key : keys) {
            client().delete(path(key));
        }
    }

    @Override
    public boolean keepsManifest() {
        return true;
    }

    /** For the stale-delete guard: the pages in the target, read to see what they still load. */
    @Override
    public byte[] read(String key) {
        return client().download(path(key));
    }

    @Override
    public byte[] readManifest() {
        return client().download(path(PublishManifest.KEY));
    }

    @Override
    public void writeManifest(byte[] json) {
        client().upload(path(PublishManifest.KEY), json, Md5.hex(json));
    }

    private String path(String key) {
        if (key.isEmpty() || key.startsWith("/") || ("/" + key + "/").contains("/../") || ("/" + key + "/").contains("/./")) {
            throw new IllegalArgumentException("key outside the target: " + key);
        }
        return target.root() + "/" + key;
    }
}
