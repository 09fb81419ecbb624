package io.github.sorrysite.maven;

import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.inline.BudgetUnit;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.inline.InlineStrategy;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the inline ALB variant and its artifacts, shared by {@code build} and {@code lint}. */
abstract class InlineSiteMojo extends SiteMojo {
    /**
     * How the inline ALB variant ({@code alb/<page>.html}) is made: {@code auto} (the first of the
     * others that fits), {@code self-contained}, {@code cdn-linked} or {@code frame}. An explicit
     * strategy that does not fit fails the build. {@code none} makes no inline variant (and lint
     * then checks only the full pages).
     */
    @Parameter(property = "sorry.inline.strategy", defaultValue = "auto")
    protected String inlineStrategy;

    /** The most an inline body may weigh, in {@code sorry.inline.budgetUnit}; at most 1024, the ALB limit. */
    @Parameter(property = "sorry.inline.budget", defaultValue = "1024")
    protected int inlineBudget;

    /**
     * What the budget counts: {@code chars} (UTF-16 code units, what the ELBv2 API checks) or
     * {@code bytes} (UTF-8, what Terraform's aws provider checks).
     */
    @Parameter(property = "sorry.inline.budgetUnit", defaultValue = "chars")
    protected String inlineBudgetUnit;

    /** Name of the Ingress action (alb.ingress.kubernetes.io/actions.NAME) and of the rules in the artifacts. */
    @Parameter(property = "sorry.alb.actionName", defaultValue = "sorry")
    protected String albActionName;

    /**
     * Source CIDR blocks (comma-separated, at most 5) that bypass the sorry page and reach the
     * application, e.g. an office or VPN range. Empty: everyone sees the sorry page.
     */
    @Parameter(property = "sorry.bypassCidrs")
    protected List<String> bypassCidrs;

    /** The Kubernetes {@code service:port} the Ingress bypass forwards to. */
    @Parameter(property = "sorry.alb.bypassService", defaultValue = "app:80")
    protected String albBypassService;

    protected InlineConfig inlineConfig() {
        return new InlineConfig(InlineStrategy.parse(inlineStrategy), inlineBudget, BudgetUnit.parse(inlineBudgetUnit));
    }

    protected AlbRuleConfig albRuleConfig() {
        return new AlbRuleConfig(albActionName, bypassCidrs == null ? List.of()
                : bypassCidrs.stream().flatMap(s -> java.util.Arrays.stream(s.split(","))).toList(), albBypassService);
    }
}
