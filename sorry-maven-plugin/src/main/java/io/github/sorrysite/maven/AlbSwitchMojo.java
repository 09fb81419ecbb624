package io.github.sorrysite.maven;

import io.github.sorrysite.aws.Elbv2ListenerRules;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.albswitch.AlbSwitchConfig;
import io.github.sorrysite.core.albswitch.BuiltPages;
import io.github.sorrysite.core.albswitch.ListenerRef;
import io.github.sorrysite.core.albswitch.LiveCheck;
import io.github.sorrysite.core.albswitch.RuleSwitch;
import io.github.sorrysite.core.albswitch.SwitchOptions;
import io.github.sorrysite.core.alb.SorryRules;
import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.site.BuildOutput;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of {@code sorry:on}, {@code sorry:off} and {@code sorry:status}: which listener,
 * the rules' settings (shared with the build's artifacts), and what the switch may do beyond its own rules.
 */
abstract class AlbSwitchMojo extends AwsMojo {
    /** The ALB listener to switch (ARN). Or give {@code sorry.alb.loadBalancerName} and {@code sorry.alb.port}. */
    @Parameter(property = "sorry.alb.listenerArn")
    protected String listenerArn;

    /** The load balancer's name, when {@code sorry.alb.listenerArn} is not given. */
    @Parameter(property = "sorry.alb.loadBalancerName")
    protected String loadBalancerName;

    /** The listener's port on {@code sorry.alb.loadBalancerName}. */
    @Parameter(property = "sorry.alb.port", defaultValue = "443")
    protected int port;

    /**
     * An always-on path that shows the sorry page, e.g. {@code /sorry-test}: its rule comes first, and
     * {@code sorry:off} leaves it in place so the page can be checked in normal times. No default: without it there is
     * no test-path rule.
     */
    @Parameter(property = "sorry.alb.testPath")
    protected String testPath;

    /** Source CIDR blocks (comma-separated, at most 5) that bypass the sorry page and reach the application. */
    @Parameter(property = "sorry.bypassCidrs")
    protected List<String> bypassCidrs;

    /** The application's target group the bypass forwards to; unset: the one the listener's default action (or rules) forward to. */
    @Parameter(property = "sorry.alb.targetGroupArn")
    protected String targetGroupArn;

    /** The page every request no locale rule takes gets; unset: the only top-level page, or maintenance.html. */
    @Parameter(property = "sorry.alb.page")
    protected String page;

    /** Rule name in the artifacts and plan ({@code sorry}, {@code sorry-ja}). */
    @Parameter(property = "sorry.alb.actionName", defaultValue = "sorry")
    protected String albActionName;

    /**
     * When the listener has no room ahead of your rules, move them all back by as many priorities as the
     * sorry page needs (each moved rule is tagged with its old priority; {@code sorry:off} moves them back).
     */
    @Parameter(property = "sorry.alb.moveRules", defaultValue = "false")
    protected boolean moveRules;

    /**
     * Switch a load balancer that the AWS Load Balancer Controller manages (it deletes rules it did not make): only
     * once the controller is scaled to zero.
     */
    @Parameter(property = "sorry.alb.allowControllerManaged", defaultValue = "false")
    protected boolean allowControllerManaged;

    /** Print the plan and change nothing. */
    @Parameter(property = "sorry.dryRun", defaultValue = "false")
    protected boolean dryRun;

    /** A URL through the load balancer to poll after switching, until it answers (on) or stops answering (off) with the page. */
    @Parameter(property = "sorry.alb.checkUrl")
    protected String checkUrl;

    /** How long the live check polls: seconds, {@code 90s}, {@code 2m} or {@code PT2M}. */
    @Parameter(property = "sorry.alb.checkTimeout", defaultValue = "2m")
    protected String checkTimeout;

    private AlbSwitchConfig switchConfig() {
        List<String> cidrs = bypassCidrs == null ? List.of() : bypassCidrs.stream().flatMap(s -> Arrays.stream(s.split(","))).toList();
        // The artifacts' priorities and Ingress settings do not apply: the switch finds free priorities itself.
        AlbRuleConfig rules = new AlbRuleConfig(albActionName, cidrs, null, testPath, 1, 2, 3, targetGroupArn, null, page);
        return new AlbSwitchConfig(new ListenerRef(listenerArn, loadBalancerName, port), rules,
                new SwitchOptions(rules.targetGroupArn(), moveRules, allowControllerManaged), dryRun, AlbSwitchConfig.url(checkUrl),
                AlbSwitchConfig.duration(checkTimeout));
    }

    /** What a goal does with the switch: the config, and the build's bodies (null when there is none and the goal allows it). */
    protected interface SwitchAction {
        void run(RuleSwitch ruleSwitch, AlbSwitchConfig config, List<SorryRules.InlinePage> pages);
    }

    /**
     * Runs {@code action} on the listener: its client is built and the listener read on their own threads while the
     * build is read.
     *
     * @param needsBuild true: no build is an error; false: the action gets null pages
     */
    protected void switchListener(boolean needsBuild, SwitchAction action) {
        AlbSwitchConfig config = switchConfig();
        try (Elbv2ListenerRules rules = Elbv2ListenerRules.create(awsSettings()).prefetch(config.listener())) {
            BuildOutput build = new BuildOutput(basedir.toPath(), outputDirectory.toPath());
            List<SorryRules.InlinePage> pages = needsBuild || Files.isRegularFile(build.reportFile())
                    ? BuiltPages.read(build, "sorry:" + mojoExecution.getGoal()) : null;
            action.run(new RuleSwitch(rules, listener(), LiveCheck.http(), Pacer.SYSTEM), config, pages);
        }
    }
}
