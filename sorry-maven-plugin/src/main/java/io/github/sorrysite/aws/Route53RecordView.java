package io.github.sorrysite.aws;

import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.verify.AwsViews;
import io.github.sorrysite.core.verify.HealthFacts;
import io.github.sorrysite.core.verify.RecordFacts;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.HealthCheckObservation;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/** {@link AwsViews.Dns} on {@code route53:ListResourceRecordSets} and {@code route53:GetHealthCheckStatus}. */
public final class Route53RecordView implements AwsViews.Dns, AutoCloseable {
    private final Route53Client client;
    private final String profile;

    Route53RecordView(Route53Client client, String profile) {
        this.client = client;
        this.profile = profile;
    }

    public static Route53RecordView create(AwsSettings aws) {
        return new Route53RecordView(AwsClients.route53(aws, AwsClients.credentials(aws)), aws.profile());
    }

    @Override
    public List<RecordFacts> records(String hostedZoneId, String name) {
        String wanted = dotted(name);
        List<ResourceRecordSet> sets;
        try {
            // Sorted by name from startRecordName: the domain's records come first, on the first page.
            sets = client.listResourceRecordSets(r -> r.hostedZoneId(hostedZoneId).startRecordName(wanted)).resourceRecordSets();
        } catch (SdkException e) {
            throw AwsReadErrors.of(e, "route53:ListResourceRecordSets", "hosted zone " + hostedZoneId, profile);
        }
        return sets.stream().filter(s -> dotted(s.name()).equals(wanted)).map(s -> new RecordFacts(s.name(), s.typeAsString(),
                s.setIdentifier(), s.failoverAsString(), s.aliasTarget() == null ? "" : s.aliasTarget().dnsName().replaceAll("\\.$", ""),
                s.aliasTarget() != null && Boolean.TRUE.equals(s.aliasTarget().evaluateTargetHealth()), s.healthCheckId())).toList();
    }

    @Override
    public HealthFacts health(String healthCheckId) {
        List<HealthCheckObservation> observations;
        try {
            observations = client.getHealthCheckStatus(r -> r.healthCheckId(healthCheckId)).healthCheckObservations();
        } catch (SdkException e) {
            throw AwsReadErrors.of(e, "route53:GetHealthCheckStatus", "health check " + healthCheckId, profile);
        }
        int healthy = 0;
        String sample = "";
        for (HealthCheckObservation o : observations) {
            String status = o.statusReport() == null || o.statusReport().status() == null ? "" : o.statusReport().status();
            if (status.startsWith("Success")) {
                healthy++;
            } else if (sample.isEmpty()) {
                sample = status;
            }
        }
        return new HealthFacts(healthCheckId, observations.size(), healthy, sample);
    }

    private static String dotted(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }

    @Override
    public void close() {
        client.close();
    }
}
