package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.common.ContentTypes;
import io.github.sorrysite.core.common.FileHashes;
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
import java.util.ArrayList;
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

        List<LocalObject> objects = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(siteDirectory)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String key = siteDirectory.relativize(file).toString().replace('\\', '/');
                ObjectKind kind = key.startsWith(assetPrefix) ? ObjectKind.ASSET : ObjectKind.PAGE;
                boolean isFingerprinted = fingerprinted.contains(key);
                ObjectHeaders headers = new ObjectHeaders(ContentTypes.forKey(key), cacheControl.forObject(key, kind, isFingerprinted));
                FileHashes hashes = FileHashes.of(file);
                objects.add(new LocalObject(key, file, Files.size(file), hashes.md5(), hashes.sha256(), headers, kind, isFingerprinted));
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + siteDirectory + ": " + e.getMessage(), e);
        }
        if (objects.isEmpty()) {
            throw new BadInputException(site.shown(siteDirectory), "is empty, so there is nothing to publish", "run sorry:build first");
        }
        return objects;
    }
}
