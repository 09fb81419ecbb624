package io.github.sorrysite.core.publish.plan;

import io.github.sorrysite.core.common.JsonFields;
import io.github.sorrysite.core.common.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the last successful publish verified, kept in the target as {@value #KEY} so a re-publish
 * need not HEAD every object for its digest. Each entry says: the object listed with this ETag,
 * size and last-modified time carries this digest. The listing shows any later write (another
 * client's included) as a different last-modified time, so a matching entry is as good as the HEAD;
 * anything that does not match exactly is HEADed as before. Never a site object: the store hides
 * everything under {@value #PREFIX} from listings, so it is never planned, deleted or invalidated.
 */
public final class PublishManifest {
    /** Reserved folder under the target root. */
    public static final String PREFIX = ".sorry-publish/";
    public static final String KEY = PREFIX + "manifest.json";
    private static final int VERSION = 1;

    private PublishManifest() {
    }

    /** @param lastModified ISO-8601, as listed */
    public record Entry(String etag, long bytes, String lastModified, String digest) {
        /** True when {@code listed} is still exactly the object this entry was recorded for. */
        public boolean describes(RemoteObject listed) {
            return etag != null && !etag.isEmpty() && digest != null && lastModified != null && listed.lastModified() != null
                    && etag.equals(listed.etag()) && bytes == listed.bytes() && lastModified.equals(listed.lastModified().toString());
        }
    }

    /** @throws IllegalArgumentException when {@code json} is not a manifest this version understands */
    public static Map<String, Entry> parse(byte[] json) {
        JsonFields document;
        try {
            document = JsonFields.of(JsonText.parse(json), "the manifest");
            if (!(document.object().get("version") instanceof Number n) || n.intValue() != VERSION) {
                throw new IllegalArgumentException("not a version " + VERSION + " publish manifest");
            }
            Map<String, Entry> objects = new HashMap<>();
            for (Map.Entry<?, ?> e : document.object("objects").object().entrySet()) {
                JsonFields entry = JsonFields.of(e.getValue(), "the entry of " + e.getKey());
                objects.put(String.valueOf(e.getKey()), new Entry(entry.string("etag"), entry.number("bytes"),
                        entry.string("lastModified"), entry.string("digest")));
            }
            return Map.copyOf(objects);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a publish manifest: " + e.getMessage(), e);
        }
    }

    public static byte[] write(Map<String, Entry> objects) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        document.put("objects", new TreeMap<>(objects));
        return JsonText.pretty(document).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The manifest after a fully applied plan. It claims only what was verified: an unchanged
     * object still listed exactly as before the apply (its digest was checked by the plan), or an
     * uploaded object now listed with the ETag its PUT returned. A pure function.
     *
     * @param before the listing the plan was made from
     * @param uploadedEtags key to the ETag each PUT returned (absent when the store did not say)
     * @param after the listing after the apply
     */
    public static Map<String, Entry> after(List<LocalObject> local, List<RemoteObject> before, PublishPlan plan,
                                           Map<String, String> uploadedEtags, List<RemoteObject> after) {
        Map<String, RemoteObject> beforeByKey = byKey(before);
        Map<String, RemoteObject> afterByKey = byKey(after);
        Set<String> unchanged = new HashSet<>(plan.unchanged());
        Map<String, Entry> result = new HashMap<>();
        for (LocalObject l : local) {
            RemoteObject now = afterByKey.get(l.key());
            if (now == null || now.lastModified() == null || now.etag().isEmpty() || now.bytes() != l.bytes()) {
                continue;
            }
            boolean verified;
            if (unchanged.contains(l.key())) {
                RemoteObject was = beforeByKey.get(l.key());
                verified = was != null && l.digest().equals(was.digest()) && was.etag().equals(now.etag())
                        && was.bytes() == now.bytes() && now.lastModified().equals(was.lastModified());
            } else {
                String etag = uploadedEtags.get(l.key());
                verified = etag != null && etag.replace("\"", "").equals(now.etag());
            }
            if (verified) {
                result.put(l.key(), new Entry(now.etag(), now.bytes(), now.lastModified().toString(), l.digest()));
            }
        }
        return result;
    }

    private static Map<String, RemoteObject> byKey(List<RemoteObject> objects) {
        return objects.stream().collect(Collectors.toMap(RemoteObject::key, Function.identity(), (a, b) -> a));
    }
}
