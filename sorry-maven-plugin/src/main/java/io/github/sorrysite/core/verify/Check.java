package io.github.sorrysite.core.verify;

import java.util.Objects;

/**
 * One finding of {@code sorry:verify}: which link of the failover chain ({@code http}, {@code asset},
 * {@code tls}, {@code cloudfront}, {@code acm}, {@code route53}, {@code alb}), what it looked at,
 * what it saw, and what to change when it is not ok.
 *
 * @param link the part of the chain, so a reader can tell from the output alone which one is broken
 * @param subject the URL, host, distribution id, certificate or record looked at
 * @param fix what to change; "" when the check is ok
 */
public record Check(String link, String subject, Status status, String message, String fix) {
    public enum Status {
        OK, WARNING, ERROR;

        /** As printed and written to verify.json. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Check {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Check ok(String link, String subject, String message) {
        return new Check(link, subject, Status.OK, message, "");
    }

    public static Check warning(String link, String subject, String message, String fix) {
        return new Check(link, subject, Status.WARNING, message, fix);
    }

    public static Check error(String link, String subject, String message, String fix) {
        return new Check(link, subject, Status.ERROR, message, fix);
    }
}
