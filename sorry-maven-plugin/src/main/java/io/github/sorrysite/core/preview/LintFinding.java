package io.github.sorrysite.core.preview;

import io.github.sorrysite.core.lint.Finding;
import java.util.Locale;

/** One finding of the lint rules, as the preview report shows it. */
public record LintFinding(String severity, String rule, String where, String message) {
    public static LintFinding of(Finding finding) {
        return new LintFinding(finding.severity().name().toLowerCase(Locale.ROOT), finding.rule(), finding.location(), finding.message());
    }
}
