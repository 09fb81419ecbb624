package io.github.sorrysite.core.alb;

import io.github.sorrysite.core.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules the sorry page needs on a listener, in the order they must be evaluated, shared by
 * {@code sorry:on} and every deployment artifact:
 * <ol>
 *   <li>the test path ({@code sorry.alb.testPath}), so it shows the page even to bypass addresses;</li>
 *   <li>the bypass: source CIDRs forward to the application;</li>
 *   <li>per locale page ({@code ja/maintenance.html}): its path ({@code /ja}, {@code /ja/*}), then, after every locale's
 *       path, its {@code Accept-Language} ({@code ja*}). Two rules, since one rule's conditions are ANDed;</li>
 *   <li>the default page for everything else ({@code /*}).</li>
 * </ol>
 */
public final class SorryRules {
    public static final String ACCEPT_LANGUAGE = "Accept-Language";

    private SorryRules() {
    }

    /**
     * A page's inline body as the build recorded it.
     *
     * @param page the full page's output path, e.g. {@code ja/maintenance.html}
     * @param lang its language, e.g. {@code ja}, or null
     */
    public record InlinePage(String page, String lang, FixedResponse response, String sha256) {
    }

    /** The rules, and the pages that got none (not the default page nor a locale copy of it). */
    public record Layout(List<SorryRule> rules, List<String> unused) {
        public SorryRule defaultRule() {
            return rules.stream().filter(r -> r.kind() == SorryRule.Kind.DEFAULT).findFirst().orElseThrow();
        }
    }

    public static Layout of(List<InlinePage> pages, AlbRuleConfig config) {
        if (pages.isEmpty()) {
            throw new BadInputException("report.json", "the build has no inline ALB body",
                    "build with an inline strategy other than none (sorry.inline.strategy)");
        }
        InlinePage main = defaultPage(pages, config);
        String name = main.page().substring(main.page().lastIndexOf('/') + 1);
        List<InlinePage> locales = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (InlinePage page : pages) {
            if (page == main) {
                continue;
            }
            String dir = page.page().contains("/") ? page.page().substring(0, page.page().lastIndexOf('/')) : null;
            if (dir != null && !dir.contains("/") && page.page().equals(dir + "/" + name) && !main.page().contains("/")) {
                locales.add(page);
            } else {
                unused.add(page.page());
            }
        }
        List<SorryRule> rules = new ArrayList<>();
        String action = config.actionName();
        if (config.testPath() != null) {
            rules.add(new SorryRule("test-path", SorryRule.Kind.TEST_PATH, main.page(),
                    List.of(RuleCondition.pathPattern(List.of(config.testPath()))), main.response(), main.sha256(), action + "-test"));
        }
        if (!config.bypassCidrs().isEmpty()) {
            rules.add(new SorryRule("bypass", SorryRule.Kind.BYPASS, null, List.of(RuleCondition.sourceIp(config.bypassCidrs())),
                    null, null, action + "-bypass"));
        }
        for (InlinePage page : locales) {
            String dir = dir(page);
            rules.add(new SorryRule("path:" + dir, SorryRule.Kind.LOCALE_PATH, page.page(),
                    List.of(RuleCondition.pathPattern(List.of("/" + dir, "/" + dir + "/*"))), page.response(), page.sha256(),
                    action + "-" + label(dir)));
        }
        for (InlinePage page : locales) {
            String dir = dir(page);
            String lang = page.lang() == null || page.lang().isBlank() ? dir : page.lang().strip();
            rules.add(new SorryRule("accept-language:" + dir, SorryRule.Kind.LOCALE_HEADER, page.page(),
                    List.of(RuleCondition.httpHeader(ACCEPT_LANGUAGE, List.of(lang + "*"))), page.response(), page.sha256(),
                    action + "-" + label(dir) + "-lang"));
        }
        rules.add(new SorryRule("default", SorryRule.Kind.DEFAULT, main.page(), List.of(RuleCondition.pathPattern(List.of("/*"))),
                main.response(), main.sha256(), action));
        return new Layout(List.copyOf(rules), List.copyOf(unused));
    }

    private static String dir(InlinePage page) {
        return page.page().substring(0, page.page().lastIndexOf('/'));
    }

    /** {@code pt_BR} becomes {@code pt-br}: usable in a Kubernetes service name. */
    private static String label(String dir) {
        return dir.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** {@code sorry.alb.page}, else the only top-level page, else {@code maintenance.html}. */
    static InlinePage defaultPage(List<InlinePage> pages, AlbRuleConfig config) {
        if (config.defaultPage() != null) {
            return pages.stream().filter(p -> p.page().equals(config.defaultPage())).findFirst()
                    .orElseThrow(() -> new BadInputException("sorry.alb.page", "'" + config.defaultPage() + "' has no inline body in the build",
                            "use one of " + pages.stream().map(InlinePage::page).toList()));
        }
        List<InlinePage> top = pages.stream().filter(p -> !p.page().contains("/")).toList();
        if (top.size() == 1) {
            return top.get(0);
        }
        return pages.stream().filter(p -> p.page().equals("maintenance.html")).findFirst()
                .orElseThrow(() -> new BadInputException("sorry.alb.page", "the build has " + top.size()
                        + " top-level pages and no maintenance.html, so the default page is not clear",
                        "set sorry.alb.page to one of " + top.stream().map(InlinePage::page).toList()));
    }
}
