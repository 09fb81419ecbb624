package io.github.sorrysite.aws;

import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.verify.AwsViews;
import io.github.sorrysite.core.verify.CertificateFacts;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.CertificateDetail;

/** {@link AwsViews.Certificates} on {@code acm:DescribeCertificate}, in us-east-1 where CloudFront's certificates live. */
public final class AcmCertificateView implements AwsViews.Certificates, AutoCloseable {
    private final AcmClient client;
    private final String profile;

    AcmCertificateView(AcmClient client, String profile) {
        this.client = client;
        this.profile = profile;
    }

    public static AcmCertificateView create(AwsSettings aws) {
        return new AcmCertificateView(AwsClients.acmForCloudFront(aws, AwsClients.credentials(aws)), aws.profile());
    }

    @Override
    public CertificateFacts certificate(String arn) {
        CertificateDetail c;
        try {
            c = client.describeCertificate(r -> r.certificateArn(arn)).certificate();
        } catch (SdkException e) {
            throw AwsReadErrors.of(e, "acm:DescribeCertificate", "certificate " + arn, profile);
        }
        List<String> names = c.hasSubjectAlternativeNames() && !c.subjectAlternativeNames().isEmpty() ? c.subjectAlternativeNames()
                : List.of(c.domainName());
        String method = c.hasDomainValidationOptions() && !c.domainValidationOptions().isEmpty()
                ? c.domainValidationOptions().get(0).validationMethodAsString() : "";
        return new CertificateFacts(arn, c.domainName(), names, c.statusAsString(), c.notAfter(), method, c.renewalEligibilityAsString(),
                c.typeAsString());
    }

    @Override
    public void close() {
        client.close();
    }
}
