package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.common.URLEncoding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns object keys into the URL paths CloudFront caches them under. CloudFront bills per path
 * beyond 1,000 a month and counts a wildcard as one, so many paths collapse into one wildcard over
 * their common directory.
 */
public final class InvalidationPaths {
    private InvalidationPaths() {
    }

    /**
     * @param pathPrefix "" or an absolute path without trailing slash, e.g. {@code /sorry}
     * @param maxPaths the most paths to send one by one
     */
    public static List<String> of(Collection<String> keys, String pathPrefix, int maxPaths) {
        Set<String> paths = new LinkedHashSet<>();
        for (String key : keys.stream().sorted().toList()) {
            paths.add(pathPrefix + "/" + encode(key));
            if (key.equals("index.html") || key.endsWith("/index.html")) {
                // A directory index is also served under its directory URL.
                paths.add(pathPrefix + "/" + encode(key.substring(0, key.length() - "index.html".length())));
            }
        }
        if (paths.size() <= maxPaths) {
            return List.copyOf(paths);
        }
        return List.of(commonDirectory(new ArrayList<>(paths)) + "*");
    }

    private static String commonDirectory(List<String> paths) {
        String common = paths.get(0).substring(0, paths.get(0).lastIndexOf('/') + 1);
        for (String path : paths) {
            while (!path.startsWith(common)) {
                common = common.substring(0, common.lastIndexOf('/', common.length() - 2) + 1);
            }
        }
        return common;
    }

    /** Percent-encodes what CloudFront wants encoded; {@code *} too, so a key never becomes a wildcard. */
    static String encode(String key) {
        return URLEncoding.encode(key, "-._~/!$&'()+,;=:@");
    }
}
