package io.github.sorrysite.core.infra;

import io.github.sorrysite.core.site.BuildReport;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages the templates route to, from the build's record: the root sorry page and the first
 * page of each locale directory ({@code ja/maintenance.html}).
 */
public record InfraPages(String sorryPage, int status, String defaultLang, Map<String, String> localePages) {
    public InfraPages {
        localePages = Map.copyOf(localePages);
    }

    public static InfraPages of(BuildReport report) {
        BuildReport.PageEntry root = report.pages().stream().filter(p -> !p.output().contains("/")).findFirst()
                .orElse(report.pages().isEmpty() ? null : report.pages().get(0));
        Map<String, String> locales = new TreeMap<>();
        for (BuildReport.PageEntry page : report.pages()) {
            int slash = page.output().indexOf('/');
            if (slash > 0) {
                locales.putIfAbsent(page.output().substring(0, slash), page.output());
            }
        }
        if (root == null) {
            return new InfraPages("index.html", 503, "en", locales);
        }
        String lang = root.lang() == null || root.lang().isBlank() ? "en" : root.lang().toLowerCase(java.util.Locale.ROOT).split("-")[0];
        return new InfraPages(root.output(), root.status(), lang, locales);
    }
}
