package io.github.sorrysite.core.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What every https host of the chain must present: a trusted chain for its name, not about to expire. */
public final class TlsChecks {
    static final String LINK = "tls";
    /** Below this many days the certificate is an error whatever {@code sorry.verify.certWarnDays} says. */
    public static final int ERROR_DAYS = 7;

    private TlsChecks() {
    }

    public static List<Check> check(TlsFacts tls, Instant now, int warnDays) {
        String subject = tls.host() + (tls.port() == 443 ? "" : ":" + tls.port());
        List<Check> checks = new ArrayList<>();
        Duration left = Duration.between(now, tls.notAfter());
        String expiry = "certificate of " + tls.host() + " expires " + tls.notAfter() + ", in " + days(left) + " days";
        if (!now.isBefore(tls.notAfter())) {
            checks.add(Check.error(LINK, subject, "certificate of " + tls.host() + " expired " + tls.notAfter(), renew(tls)));
        } else if (left.compareTo(Duration.ofDays(ERROR_DAYS)) < 0) {
            checks.add(Check.error(LINK, subject, expiry + " (below " + ERROR_DAYS + ")", renew(tls)));
        } else if (left.compareTo(Duration.ofDays(warnDays)) < 0) {
            checks.add(Check.warning(LINK, subject, expiry + " (below sorry.verify.certWarnDays=" + warnDays + ")", renew(tls)));
        } else {
            checks.add(Check.ok(LINK, subject, expiry));
        }
        if (tls.hostMatches()) {
            checks.add(Check.ok(LINK, subject, "certificate names " + tls.host()));
        } else {
            checks.add(Check.error(LINK, subject, "certificate is for " + String.join(", ", tls.names()) + ", not " + tls.host(),
                    "issue a certificate that covers " + tls.host() + " (in ACM: request it with that name, and for CloudFront "
                            + "add the name to the distribution's alternate domain names)"));
        }
        if (tls.trusted()) {
            checks.add(Check.ok(LINK, subject, "chain trusted (issuer " + tls.issuer() + ")"));
        } else {
            checks.add(Check.error(LINK, subject, "chain not trusted by the JDK's default trust store: " + tls.trustProblem(),
                    "serve the full chain from a public CA; for a private CA run with "
                            + "MAVEN_OPTS=-Djavax.net.ssl.trustStore=<truststore>"));
        }
        return checks;
    }

    /** Whole days, rounded: a certificate issued for 5 days a minute ago expires "in 5 days". */
    static long days(Duration left) {
        return Math.round(left.toSeconds() / 86400.0);
    }

    public static Check unreachable(String host, int port, String why) {
        return Check.error(LINK, host + (port == 443 ? "" : ":" + port), "no TLS handshake: " + why,
                "check that " + host + " resolves and listens on " + port);
    }

    private static String renew(TlsFacts tls) {
        return "renew the certificate of " + tls.host() + " (ACM renews DNS-validated certificates in use by itself; an "
                + "EMAIL-validated or imported one must be renewed by hand)";
    }
}
