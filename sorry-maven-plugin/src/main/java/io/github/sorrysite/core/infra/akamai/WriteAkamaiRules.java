package io.github.sorrysite.core.infra.akamai;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.site.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code sorry.infra=akamai} step of {@code sorry:build}: after the site is built, writes
 * {@value AkamaiRuleTree#FILE} from the user's values and the build (content prefix, pages).
 */
public final class WriteAkamaiRules {
    public static final String INFRA = "akamai";

    /** The user's values as typed; {@link #config} validates them. */
    public record Values(String target, String failoverHostname, String downloadDomain, String basePage, String assetTtl, String errorTtl) {
    }

    private WriteAkamaiRules() {
    }

    /** Whether {@code sorry.infra} (one value or a comma-separated list) asks for the Akamai rules. */
    public static boolean requested(String infra) {
        return infra != null && Arrays.stream(infra.split(",")).map(String::strip).anyMatch(INFRA::equalsIgnoreCase);
    }

    public static Path write(SiteConfig site, BuildReport report, Values values, Events listener) {
        AkamaiFailoverConfig config = config(values, report.pages().stream().map(BuildReport.PageEntry::output).toList());
        Path file = site.outputDirectory().resolve(AkamaiRuleTree.FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, AkamaiRuleTree.json(config, report.contentPrefix()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        listener.info("Akamai Site Failover rule tree: " + site.shown(file) + " (" + config.failoverHostname() + "/" + config.basePage()
                + " from NetStorage " + config.downloadDomain() + "/" + config.cpCode() + config.basePath() + ")");
        return file;
    }

    /** Checks the values before anything is built, so a mistake stops the build before it writes anything. */
    public static void check(Values values) {
        config(values, null);
    }

    /** @param pages the built pages, or null to leave the base page unchecked */
    static AkamaiFailoverConfig config(Values v, List<String> pages) {
        if (v.target() == null || v.target().isBlank()) {
            throw new BadInputException("sorry.target", "is not set, and the Akamai rule tree needs the NetStorage directory",
                    "set sorry.target=netstorage://<upload-host>/<cp-code>/<path>, the directory sorry:publish uploads to");
        }
        if (!(PublishTarget.parse(v.target()) instanceof PublishTarget.NetStorage ns)) {
            throw new BadInputException("sorry.target", "'" + v.target() + "' is not a netstorage:// target, and the Akamai rule tree serves the failover from NetStorage",
                    "set sorry.target=netstorage://<upload-host>/<cp-code>/<path>");
        }
        String download = blank(v.downloadDomain()) ? AkamaiFailoverConfig.downloadDomainOf(ns.host()) : v.downloadDomain().strip().toLowerCase();
        String page = !blank(v.basePage()) ? v.basePage().strip().replaceFirst("^/", "")
                : pages == null || pages.contains("maintenance.html") ? "maintenance.html" : pages.isEmpty() ? null : pages.get(0);
        if (pages != null && (page == null || !pages.contains(page))) {
            throw new BadInputException(AkamaiFailoverConfig.BASE_PAGE, page == null ? "has no page to name: the build made none"
                    : "'" + page + "' is not a page of the build", "use one of " + String.join(", ", pages));
        }
        return new AkamaiFailoverConfig(blank(v.failoverHostname()) ? null : v.failoverHostname().strip().toLowerCase(), download, ns.cpCode(),
                "/" + ns.path(), page, blank(v.assetTtl()) ? "10m" : v.assetTtl().strip(), blank(v.errorTtl()) ? "10s" : v.errorTtl().strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
