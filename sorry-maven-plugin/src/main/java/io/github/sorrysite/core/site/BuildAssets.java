package io.github.sorrysite.core.site;

import io.github.sorrysite.core.common.Hashes;
import io.github.sorrysite.core.css.Stylesheet;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.common.Utf8Files;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.CssUrls;
import io.github.sorrysite.core.css.MinifyCss;
import io.github.sorrysite.core.svg.MinifySvg;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Builds everything under the asset directory. Files are copied as they are, except stylesheets,
 * which have their references rewritten and are minified, and SVG images, which are minified
 * ({@link MinifySvg}). A stylesheet's fingerprint depends on
 * the fingerprinted names it references, so stylesheets are built after what they reference
 * (depth first, refusing {@code @import} cycles).
 */
final class BuildAssets {
    private final SiteConfig config;
    private final TreeSet<String> sources = new TreeSet<>();
    private final Map<String, Asset> built = new LinkedHashMap<>();
    private final Deque<String> inProgress = new ArrayDeque<>();
    private final AssetUrls urls;

    private BuildAssets(SiteConfig config, Consumer<String> warn) {
        this.config = config;
        this.urls = new AssetUrls(config, this::lookup, warn);
    }

    /** Returns the built assets keyed by source key, in source order. */
    static Map<String, Asset> build(SiteConfig config, Consumer<String> warn) {
        BuildAssets assets = new BuildAssets(config, warn);
        assets.scan();
        for (String key : assets.sources) {
            assets.lookup(key);
        }
        Map<String, Asset> ordered = new LinkedHashMap<>();
        assets.sources.forEach(key -> ordered.put(key, assets.built.get(key)));
        return ordered;
    }

    private void scan() {
        Path root = config.assetsDirectory();
        if (!Files.isDirectory(root)) {
            return;
        }
        // Links are followed inside the asset directory and refused out of it (SourceTree).
        for (Path file : SourceTree.files(root, config::shown)) {
            if (!isHidden(root.relativize(file))) {
                sources.add(config.sourceDirectory().relativize(file).toString());
            }
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Asset lookup(String key) {
        Asset asset = built.get(key);
        if (asset != null || !sources.contains(key)) {
            return asset;
        }
        if (key.endsWith(".css")) {
            asset = buildStylesheet(key);
        } else {
            byte[] content = Utf8Files.readBytes(file(key), shown(key));
            asset = make(key, key.toLowerCase(java.util.Locale.ROOT).endsWith(".svg") ? MinifySvg.minify(content) : content);
        }
        built.put(key, asset);
        return asset;
    }

    private Asset buildStylesheet(String key) {
        if (inProgress.contains(key)) {
            List<String> cycle = new ArrayList<>(inProgress);
            Collections.reverse(cycle);
            cycle.add(key);
            throw new BadInputException(shown(key), "is part of an @import/url() cycle: " + String.join(" -> ", cycle),
                    "remove one of the references so the stylesheets no longer include each other");
        }
        inProgress.push(key);
        try {
            Stylesheet sheet = CssParser.parseStylesheet(Utf8Files.read(file(key), shown(key)), shown(key));
            CssUrls.rewrite(sheet, ref -> urls.rewrite(ref, "/" + key, shown(key)));
            return make(key, MinifyCss.write(sheet).getBytes(StandardCharsets.UTF_8));
        } finally {
            inProgress.pop();
        }
    }

    private Asset make(String key, byte[] content) {
        String sha256 = Hashes.sha256(content);
        String output = config.fingerprint() ? Hashes.fingerprintedName(key, sha256) : key;
        return new Asset(key, output, AssetUrls.urlOf(config, output), content, sha256, config.fingerprint());
    }

    private Path file(String key) {
        return config.sourceDirectory().resolve(key);
    }

    private String shown(String key) {
        return config.shown(file(key));
    }
}
