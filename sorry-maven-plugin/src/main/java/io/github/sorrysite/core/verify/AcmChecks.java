package io.github.sorrysite.core.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The distribution's ACM certificate: issued, not expiring, renewable by itself, covering the host. */
public final class AcmChecks {
    static final String LINK = "acm";

    private AcmChecks() {
    }

    public static List<Check> check(CertificateFacts c, String domain, Instant now, int warnDays) {
        String subject = c.arn();
        List<Check> checks = new ArrayList<>();
        if (!"ISSUED".equals(c.status())) {
            checks.add(Check.error(LINK, subject, "status " + c.status() + ", not ISSUED",
                    "PENDING_VALIDATION: create the DNS validation records ACM shows; EXPIRED or REVOKED: request a new certificate"));
        }
        if (c.notAfter() != null) {
            Duration left = Duration.between(now, c.notAfter());
            String text = "NotAfter " + c.notAfter() + " (in " + TlsChecks.days(left) + " days), renewal " + (c.renewalEligibility().isEmpty() ? "unknown"
                    : c.renewalEligibility());
            if (left.compareTo(Duration.ofDays(TlsChecks.ERROR_DAYS)) < 0) {
                checks.add(Check.error(LINK, subject, text, "renew or re-request the certificate now"));
            } else if (left.compareTo(Duration.ofDays(warnDays)) < 0) {
                checks.add(Check.warning(LINK, subject, text, "renew the certificate, or check why ACM has not"));
            } else {
                checks.add(Check.ok(LINK, subject, text));
            }
        }
        if ("EMAIL".equals(c.validationMethod())) {
            checks.add(Check.warning(LINK, subject, "validated by EMAIL: ACM does not renew it by itself, and an expired certificate "
                            + "makes CloudFront fail",
                    "request a DNS-validated certificate for " + c.domainName() + " in us-east-1 and switch the distribution to it"));
        } else if ("IMPORTED".equals(c.type())) {
            checks.add(Check.warning(LINK, subject, "imported: ACM never renews it", "re-import it before it expires, or use an ACM-issued one"));
        } else {
            checks.add(Check.ok(LINK, subject, "validated by " + c.validationMethod() + " (renews by itself while in use)"));
        }
        if (domain != null) {
            boolean covers = c.names().stream().anyMatch(n -> HostNames.matches(n, domain));
            checks.add(covers ? Check.ok(LINK, subject, "covers " + domain)
                    : Check.error(LINK, subject, "names " + c.names() + " do not cover " + domain,
                            "request a certificate for " + domain + " in us-east-1 and attach it to the distribution"));
        }
        return checks;
    }
}
