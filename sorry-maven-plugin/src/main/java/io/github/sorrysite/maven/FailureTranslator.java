package io.github.sorrysite.maven;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.SorryException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one place where core failures become Maven failures. A user mistake becomes a
 * {@link MojoFailureException} whose message is the whole story (Maven prints it as one line,
 * without a stack trace); an infrastructure failure becomes a {@link MojoExecutionException}
 * that keeps its cause for {@code mvn -e}.
 */
final class FailureTranslator {
    private FailureTranslator() {
    }

    interface Work {
        void run() throws MojoExecutionException, MojoFailureException;
    }

    static void run(Work work) throws MojoExecutionException, MojoFailureException {
        try {
            work.run();
        } catch (BadInputException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (InfrastructureException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (SorryException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
