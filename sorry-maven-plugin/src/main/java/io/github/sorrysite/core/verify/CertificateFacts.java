package io.github.sorrysite.core.verify;

import java.time.Instant;
import java.util.List;

/**
 * What {@code acm:DescribeCertificate} says about a certificate.
 *
 * @param notAfter null while it is not issued
 * @param validationMethod {@code DNS} or {@code EMAIL}, "" for an imported certificate
 * @param renewalEligibility {@code ELIGIBLE} or {@code INELIGIBLE}
 */
public record CertificateFacts(String arn, String domainName, List<String> names, String status, Instant notAfter,
                               String validationMethod, String renewalEligibility, String type) {
    public CertificateFacts {
        names = List.copyOf(names);
        validationMethod = validationMethod == null ? "" : validationMethod;
        renewalEligibility = renewalEligibility == null ? "" : renewalEligibility;
        type = type == null ? "" : type;
    }
}
