package io.github.sorrysite.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Says whether the sorry page is on, off (test path only) or absent on an ALB listener, lists the
 * rules with their priorities, whether each body is the current build's, the rules of yours evaluated
 * before the plugin's, and whether a controller manages the load balancer. Reads only.
 */
@Mojo(name = "status", threadSafe = true, requiresProject = false)
public class StatusMojo extends AlbSwitchMojo {
    /** Skip this goal only. */
    @Parameter(property = "sorry.status.skip", defaultValue = "false")
    private boolean statusSkip;

    @Override
    protected boolean skipGoal() {
        return statusSkip;
    }

    @Override
    protected void run() {
        switchListener(false, (ruleSwitch, config, pages) -> ruleSwitch.status(config, pages));
    }
}
