package io.github.sorrysite.core.publish.apply;

import io.github.sorrysite.core.lint.LintRules;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.publish.store.ObjectStore;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Independently of the publish lock: a stale object is deleted only when no page in the target now
 * references it, directly or through a stylesheet such a page loads. The pages are read from the
 * target itself, just before the delete, so a page another publish has just put up keeps its assets.
 */
public final class StaleGuard {
    private StaleGuard() {
    }

    /** The keys of {@code stale} that a page (or a stylesheet of a page) now in the target references. */
    public static Set<String> referenced(ObjectStore store, Set<String> stale) {
        List<RemoteObject> listed = store.list();
        Set<String> present = new HashSet<>();
        listed.forEach(o -> present.add(o.key()));
        Set<String> refs = new LinkedHashSet<>();
        List<String> sheets = new ArrayList<>();
        for (RemoteObject o : listed) {
            if (isPage(o.key()) && !stale.contains(o.key())) {
                byte[] body = store.read(o.key());
                if (body == null) {
                    continue;
                }
                for (String ref : LintRules.references(new String(body, StandardCharsets.UTF_8))) {
                    String key = keyOf(o.key(), ref, present);
                    if (key != null) {
                        refs.add(key);
                        if (key.endsWith(".css")) {
                            sheets.add(key);
                        }
                    }
                }
            }
        }
        for (String sheet : sheets) {
            byte[] css = store.read(sheet);
            if (css != null) {
                for (String ref : LintRules.cssReferences(new String(css, StandardCharsets.UTF_8))) {
                    String key = keyOf(sheet, ref, present);
                    if (key != null) {
                        refs.add(key);
                    }
                }
            }
        }
        Set<String> kept = new LinkedHashSet<>(stale);
        kept.retainAll(refs);
        return kept;
    }

    private static boolean isPage(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return k.endsWith(".html") || k.endsWith(".htm");
    }

    /**
     * The key a reference from {@code from} points at, when one of the target's keys: root-relative
     * and CDN URLs match by path suffix (the target may be served under a path prefix), relative ones
     * resolve against the referring object.
     */
    static String keyOf(String from, String ref, Set<String> present) {
        String r = ref.strip();
        if (r.isEmpty() || r.startsWith("#") || r.startsWith("data:")) {
            return null;
        }
        String path;
        try {
            URI uri = URI.create("https://target.invalid/" + from).resolve(r.replace(" ", "%20"));
            path = uri.getRawPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        String p = path.startsWith("/") ? path.substring(1) : path;
        while (true) {
            if (present.contains(p)) {
                return p;
            }
            int slash = p.indexOf('/');
            if (slash < 0) {
                return null;
            }
            p = p.substring(slash + 1);
        }
    }
}
