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

    /**
     * The Kubernetes {@code service:port} the Ingress bypass forwards to, e.g. {@code app:80}. Unset: the Ingress has no
     * bypass (the build warns), since a guessed service would quietly answer 503 to bypass users.
     */
    @Parameter(property = "sorry.alb.bypassService")
    protected String albBypassService;

    /** An always-on test path (e.g. {@code /sorry-test}) that shows the page; its rule comes first. No default: no test-path rule. */
    @Parameter(property = "sorry.alb.testPath")
    protected String albTestPath;

    /** The artifacts' priority of the test-path rule; lower than {@code sorry.alb.bypassPriority}. */
    @Parameter(property = "sorry.alb.testPathPriority", defaultValue = "1")
    protected int albTestPathPriority;

    /** The artifacts' priority of the bypass rule; between the test path's and {@code sorry.alb.priority}. */
    @Parameter(property = "sorry.alb.bypassPriority", defaultValue = "2")
    protected int albBypassPriority;

    /** The artifacts' priority of the first page rule; locale pages take the next ones, the default page's catch-all the last. */
    @Parameter(property = "sorry.alb.priority", defaultValue = "3")
    protected int albPriority;

    /** The application's target group for the bypass in the CLI, Terraform and CloudFormation artifacts; unset: given when deploying. */
    @Parameter(property = "sorry.alb.targetGroupArn")
    protected String albTargetGroupArn;

    /** The application Ingress's {@code alb.ingress.kubernetes.io/group.name}, so the generated Ingress joins its ALB. */
    @Parameter(property = "sorry.alb.ingressGroup")
    protected String albIngressGroup;

    /** The page for every request no locale rule takes; unset: the only top-level page, or maintenance.html. */
    @Parameter(property = "sorry.alb.page")
    protected String albPage;

    protected InlineConfig inlineConfig() {
        return new InlineConfig(InlineStrategy.parse(inlineStrategy), inlineBudget, BudgetUnit.parse(inlineBudgetUnit));
    }

    protected AlbRuleConfig albRuleConfig() {
        List<String> cidrs = bypassCidrs == null ? List.of()
                : bypassCidrs.stream().flatMap(s -> java.util.Arrays.stream(s.split(","))).toList();
        return new AlbRuleConfig(albActionName, cidrs, albBypassService, albTestPath, albTestPathPriority, albBypassPriority,
                albPriority, albTargetGroupArn, albIngressGroup, albPage);
    }
}
