package io.github.sorrysite.maven;

import io.github.sorrysite.core.Events;
import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the global skip flag, the goal's own skip flag, the check of the
 * {@code sorry.*} properties on the command line, and the one translation of core failures. A goal
 * implements {@link #run()} and stays a few lines long.
 */
abstract class SorryMojo extends AbstractMojo {
    /** The project directory; paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** Where the build goes: {@code site/} (the upload root), {@code report.json} and the other goals' output. */
    @Parameter(property = "sorry.outputDirectory", defaultValue = "${project.build.directory}/sorry")
    protected File outputDirectory;

    /** Skip every sorry goal. */
    @Parameter(property = "sorry.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String goal = mojoExecution.getGoal();
        if (skip || skipGoal()) {
            getLog().info("Skipping sorry:" + goal + (skip ? " (sorry.skip)" : " (sorry." + goal + ".skip)"));
            return;
        }
        FailureTranslator.run(mojoExecution, () -> {
            PropertyCheck.of(mojoExecution, session, getLog()).run(changesRemoteState(), this);
            run();
        });
    }

    /** This goal's own skip flag ({@code sorry.<goal>.skip}). */
    protected abstract boolean skipGoal();

    /**
     * Whether the goal changes something outside the project (a bucket, a load balancer). Such a
     * goal refuses to run when a {@code sorry.*} property on the command line is unknown or is
     * shadowed by the pom, because an ignored {@code -Dsorry.dryRun} means a real change.
     */
    protected boolean changesRemoteState() {
        return false;
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    protected Events listener() {
        return new MavenEvents(getLog());
    }
}
