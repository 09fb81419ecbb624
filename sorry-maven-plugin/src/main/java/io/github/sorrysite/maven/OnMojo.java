package io.github.sorrysite.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Puts the sorry page in front of every request on an ALB listener, through the ELBv2 API: the test
 * path, the bypass, one rule per locale page (path and Accept-Language), and the default page, in
 * that order, all ahead of every rule the plugin does not own. The bodies are the build's inline
 * variants ({@code report.json}). Planned first; {@code sorry.dryRun} prints the plan and stops.
 */
@Mojo(name = "on", threadSafe = true, requiresProject = true)
public class OnMojo extends AlbSwitchMojo {
    /** Skip this goal only. */
    @Parameter(property = "sorry.on.skip", defaultValue = "false")
    private boolean onSkip;

    @Override
    protected boolean skipGoal() {
        return onSkip;
    }

    @Override
    protected boolean changesRemoteState() {
        return true;
    }

    @Override
    protected void run() {
        switchListener(true, (ruleSwitch, config, pages) -> ruleSwitch.on(config, pages));
    }
}
