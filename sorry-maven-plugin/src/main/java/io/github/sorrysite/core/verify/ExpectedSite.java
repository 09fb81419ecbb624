package io.github.sorrysite.core.verify;

import io.github.sorrysite.core.common.Hashes;
import io.github.sorrysite.core.common.Utf8Files;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.BuildReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the build says the chain should serve: every page and inline body by digest, and the assets
 * by output path. Read once from the build record, so verify never re-derives the site.
 *
 * @param fingerprinted output paths of fingerprinted assets, e.g. {@code sorrycontent/css/site.3kq7m2a.css}
 */
public record ExpectedSite(List<ExpectedBody> bodies, Set<String> fingerprinted, String contentPrefix) {
    public ExpectedSite {
        bodies = List.copyOf(bodies);
        fingerprinted = Set.copyOf(fingerprinted);
    }

    /** From {@code report.json} and the pages it lists under {@code site/}. */
    public static ExpectedSite of(BuildOutput build, BuildReport report) {
        List<ExpectedBody> bodies = new ArrayList<>();
        for (BuildReport.PageEntry page : report.pages()) {
            byte[] html = Utf8Files.readBytes(build.siteDirectory().resolve(page.output()), build.shown(build.siteDirectory()
                    .resolve(page.output())));
            bodies.add(new ExpectedBody(page.output(), localeOf(page.output()), page.lang(), page.status(), false, Hashes.sha256(html)));
        }
        for (BuildReport.InlineEntry inline : report.inline()) {
            String lang = report.pages().stream().filter(p -> p.output().equals(inline.page())).map(BuildReport.PageEntry::lang)
                    .findFirst().orElse("");
            bodies.add(new ExpectedBody(inline.page(), localeOf(inline.page()), lang, inline.status(), true, inline.sha256()));
        }
        Set<String> fingerprinted = new TreeSet<>();
        report.assets().stream().filter(BuildReport.AssetEntry::fingerprinted).forEach(a -> fingerprinted.add(a.output()));
        return new ExpectedSite(bodies, fingerprinted, report.contentPrefix());
    }

    /** {@code ja} for {@code ja/maintenance.html}, "" for {@code maintenance.html}. */
    static String localeOf(String output) {
        int slash = output.indexOf('/');
        return slash < 0 ? "" : output.substring(0, slash);
    }

    /** The locale directories the site has, e.g. {@code [ja]}. */
    public Set<String> locales() {
        Set<String> out = new TreeSet<>();
        bodies.forEach(b -> {
            if (!b.locale().isEmpty()) {
                out.add(b.locale());
            }
        });
        return out;
    }

    /** The locale a URL path selects: its first segment when the site has that locale, else the root's "". */
    public String localeFor(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        String first = slash < 0 ? trimmed : trimmed.substring(0, slash);
        return locales().contains(first) ? first : "";
    }

    public Optional<ExpectedBody> byDigest(String sha256) {
        return bodies.stream().filter(b -> b.sha256().equals(sha256)).findFirst();
    }

    /** The bodies of one locale, full pages first. */
    public List<ExpectedBody> forLocale(String locale) {
        return bodies.stream().filter(b -> b.locale().equals(locale)).toList();
    }

    /** Whether a URL path ends in a fingerprinted asset's output path. */
    public boolean isFingerprinted(String path) {
        return fingerprinted.stream().anyMatch(f -> path.endsWith("/" + f) || path.equals(f));
    }
}
