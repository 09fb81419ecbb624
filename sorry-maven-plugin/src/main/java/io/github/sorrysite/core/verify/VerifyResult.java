package io.github.sorrysite.core.verify;

import java.util.List;

/** Every check of one {@code sorry:verify} run, in the order they were made. */
public record VerifyResult(List<Check> checks) {
    public VerifyResult {
        checks = List.copyOf(checks);
    }

    public long count(Check.Status status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }

    public boolean failed(boolean failOnWarning) {
        return count(Check.Status.ERROR) > 0 || failOnWarning && count(Check.Status.WARNING) > 0;
    }

    /** {@code 23 checks: 21 ok, 1 warning, 1 error}. */
    public String summary() {
        return checks.size() + " checks: " + count(Check.Status.OK) + " ok, " + count(Check.Status.WARNING) + " warning"
                + (count(Check.Status.WARNING) == 1 ? "" : "s") + ", " + count(Check.Status.ERROR) + " error"
                + (count(Check.Status.ERROR) == 1 ? "" : "s");
    }

    /** The links of the chain with an error, e.g. {@code [cloudfront, tls]}, to name in the failure. */
    public List<String> brokenLinks() {
        return checks.stream().filter(c -> c.status() == Check.Status.ERROR).map(Check::link).distinct().toList();
    }
}
