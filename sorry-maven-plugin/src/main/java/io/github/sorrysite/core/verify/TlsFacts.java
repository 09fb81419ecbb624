package io.github.sorrysite.core.verify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a TLS server presented, as the checks need it.
 *
 * @param notAfter the earliest expiry in the presented chain (the leaf, unless an intermediate expires first)
 * @param names the leaf's DNS and IP subject alternative names
 * @param hostMatches whether one of {@code names} matches the host asked for (RFC 6125 wildcard rules)
 * @param trustProblem why the JDK's default trust store does not trust the chain, or "" when it does
 */
public record TlsFacts(String host, int port, String subject, String issuer, Instant notAfter, List<String> names,
                       boolean hostMatches, String trustProblem) {
    public TlsFacts {
        Objects.requireNonNull(notAfter, "notAfter");
        names = List.copyOf(names);
        trustProblem = trustProblem == null ? "" : trustProblem;
    }

    public boolean trusted() {
        return trustProblem.isEmpty();
    }
}
