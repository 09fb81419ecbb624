package io.github.sorrysite.maven;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.SorryException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one place where core failures become Maven failures. A user mistake becomes a
 * {@link MojoFailureException} whose message is the whole story (Maven prints it as one line,
 * without a stack trace), with a {@code sorry.*} property shown both as the pom element and as the
 * {@code -D} property, since the user may have written either; an infrastructure failure becomes a
 * {@link MojoExecutionException} that keeps its cause for {@code mvn -e}.
 */
final class FailureTranslator {
    private FailureTranslator() {
    }

    interface Work {
        void run() throws MojoExecutionException, MojoFailureException;
    }

    static void run(MojoExecution execution, Work work) throws MojoExecutionException, MojoFailureException {
        try {
            work.run();
        } catch (BadInputException e) {
            throw new MojoFailureException(message(e, PluginParameters.of(execution)));
        } catch (SorryException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** {@code <inlineBudget> / -Dsorry.inline.budget: 2000 is outside 1..1024 (fix: ...)} */
    static String message(BadInputException e, PluginParameters parameters) {
        String where = parameters.shown(e.where());
        if (where.equals(e.where())) {
            return e.getMessage();
        }
        return where + ": " + e.problem() + (e.fix() == null || e.fix().isBlank() ? "" : " (fix: " + e.fix() + ")");
    }
}
