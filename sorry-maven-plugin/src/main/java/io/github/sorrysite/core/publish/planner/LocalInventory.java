package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.common.ContentTypes;
import io.github.sorrysite.core.common.FileHashes;
import io.github.sorrysite.core.common.Parallel;
import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.plan.ObjectKind;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.site.BuildOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what {@code sorry:build} left in {@code target/sorry/}: every file of the site directory,
 * with its headers. The report says which assets are fingerprinted; everything under the content
 * prefix is an asset and everything else a page.
 */
public final class LocalInventory {
    private LocalInventory() {
    }

    public static List<LocalObject> read(BuildOutput site, BuildReport report, CacheControlPolicy cacheControl) {
        Path siteDirectory = site.siteDirectory();
        if (!Files.isDirectory(siteDirectory)) {
            throw new BadInputException(site.shown(siteDirectory), "does not exist, so there is nothing to publish",
                    "run sorry:build first, e.g. mvn package sorry:publish (or mvn sorry:build sorry:publish)");
        }
        Set<String> fingerprinted = report.assets().stream()
                .filter(BuildReport.AssetEntry::fingerprinted)
                .map(BuildReport.AssetEntry::output)
                .collect(Collectors.toSet());
        String assetPrefix = report.contentPrefix().substring(1);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(siteDirectory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + siteDirectory + ": " + e.getMessage(), e);
        }
        // Each file is read and hashed on its own: on every core (a site may have 1,000 pages), in the walk's order.
        LocalObject[] objects = new LocalObject[files.size()];
        try (Parallel parallel = new Parallel(Math.max(1, Runtime.getRuntime().availableProcessors()))) {
            List<Integer> indexes = java.util.stream.IntStream.range(0, files.size()).boxed().toList();
            var failures = parallel.run(indexes, i -> {
                Path file = files.get(i);
                String key = siteDirectory.relativize(file).toString().replace('\\', '/');
                ObjectKind kind = key.startsWith(assetPrefix) ? ObjectKind.ASSET : ObjectKind.PAGE;
                boolean isFingerprinted = fingerprinted.contains(key);
                ObjectHeaders headers = new ObjectHeaders(ContentTypes.forKey(key), cacheControl.forObject(key, kind, isFingerprinted));
                FileHashes hashes = FileHashes.of(file);
                objects[i] = new LocalObject(key, file, size(file), hashes.md5(), hashes.sha256(), headers, kind, isFingerprinted);
            });
            if (!failures.isEmpty()) {
                throw failures.get(0).error();
            }
        }
        if (objects.length == 0) {
            throw new BadInputException(site.shown(siteDirectory), "is empty, so there is nothing to publish", "run sorry:build first");
        }
        return List.of(objects);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
