package io.github.sorrysite.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Takes the sorry page off an ALB listener: deletes the rules {@code sorry:on} added (found by their
 * tags), except the test-path rule, and moves back the rules {@code sorry.alb.moveRules} moved. Works
 * without a build; with one, the test path's body is brought up to date.
 */
@Mojo(name = "off", threadSafe = true, requiresProject = false)
public class OffMojo extends AlbSwitchMojo {
    /** Skip this goal only. */
    @Parameter(property = "sorry.off.skip", defaultValue = "false")
    private boolean offSkip;

    @Override
    protected boolean skipGoal() {
        return offSkip;
    }

    @Override
    protected boolean changesRemoteState() {
        return true;
    }

    @Override
    protected void run() {
        switchListener(false, (ruleSwitch, config, pages) -> ruleSwitch.off(config, pages));
    }
}
