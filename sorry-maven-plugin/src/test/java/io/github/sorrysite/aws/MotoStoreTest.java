package io.github.sorrysite.aws;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract against moto_server 5.2.1 (S3), which keeps in memory: killed, it comes back empty,
 * so the re-run starts from a new bucket.
 */
class MotoStoreTest extends S3CompatibleStoreContract {
    @TempDir
    static Path work;
    private static ExternalServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ExternalServer.moto(work).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override boolean conditionalWrites() { return true; }
    @Override String endpoint() { return server.endpoint(); }
    @Override String accessKey() { return server.accessKey; }
    @Override String secretKey() { return server.secretKey; }
    

    /** A distribution in moto's CloudFront, made with boto3 (on the machine with moto). */
    private static String createDistribution() throws Exception {
        String script = "import boto3\n"
                + "c = boto3.client('cloudfront', endpoint_url='" + server.endpoint() + "', region_name='us-east-1',"
                + " aws_access_key_id='testing', aws_secret_access_key='testing')\n"
                + "d = c.create_distribution(DistributionConfig={'CallerReference': 'contract', 'Comment': '', 'Enabled': True,"
                + " 'Origins': {'Quantity': 1, 'Items': [{'Id': 'o', 'DomainName': 'b.s3.amazonaws.com', 'S3OriginConfig': {'OriginAccessIdentity': ''}}]},"
                + " 'DefaultCacheBehavior': {'TargetOriginId': 'o', 'ViewerProtocolPolicy': 'allow-all',"
                + " 'ForwardedValues': {'QueryString': False, 'Cookies': {'Forward': 'none'}}, 'MinTTL': 0,"
                + " 'TrustedSigners': {'Enabled': False, 'Quantity': 0}}})\n"
                + "print(d['Distribution']['Id'])\n";
        Process python = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        String out = new String(python.getInputStream().readAllBytes()).strip();
        org.junit.jupiter.api.Assertions.assertEquals(0, python.waitFor(), out);
        return out.substring(out.lastIndexOf('\n') + 1).strip();
    }

    private CloudFrontInvalidator cloudFront() {
        return new CloudFrontInvalidator(AwsClients.cloudFront(aws(), credentials()), null);
    }

    /** The dry run (the README's PR plan job) reads each distribution, so a wrong id fails there, before any upload. */
    @Test
    void aWrongDistributionIdFailsTheDryRun() {
        var config = config().distributionIds("E0NOSUCHDIST1").dryRun(true).build();
        try (CloudFrontInvalidator invalidator = cloudFront();
             S3ObjectStore store = S3ObjectStore.create((io.github.sorrysite.core.publish.PublishTarget.S3) config.target(), aws(), 4,
                     credentials())) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(io.github.sorrysite.core.BadInputException.class,
                    () -> new io.github.sorrysite.core.publish.Publisher(io.github.sorrysite.core.site.BuildOutput.of(site), config, store,
                            invalidator, log, new io.github.sorrysite.core.publish.TestSites.FakePacer()).publish());
            org.junit.jupiter.api.Assertions.assertEquals("sorry.cloudfront.distributionIds", e.where());
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("E0NOSUCHDIST1 does not exist or is not visible"), e.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertTrue(bucketBytes().isEmpty());
    }

    /** moto answers COMPLETED, in capitals: the wait ends at once instead of running out its timeout. */
    @Test
    void waitingForAnInvalidationEndsAtMotosCompleted() throws Exception {
        String distribution = createDistribution();
        var config = config().distributionIds(distribution).waitForInvalidation(true).waitTimeout("60s").build();
        var pacer = new io.github.sorrysite.core.publish.TestSites.FakePacer();
        try (CloudFrontInvalidator invalidator = cloudFront();
             S3ObjectStore store = S3ObjectStore.create((io.github.sorrysite.core.publish.PublishTarget.S3) config.target(), aws(), 4,
                     credentials())) {
            var result = new io.github.sorrysite.core.publish.Publisher(io.github.sorrysite.core.site.BuildOutput.of(site), config, store,
                    invalidator, log, pacer).publish();
            org.junit.jupiter.api.Assertions.assertEquals(1, result.invalidationIds().size());
        }
        org.junit.jupiter.api.Assertions.assertTrue(log.text().contains(": COMPLETED after 0 s"), log.text());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), pacer.sleeps, "no poll was needed");
        assertBucketIsTheBuild();
    }

    @Test
    void killedMidPublishThenRerunConverges() throws Exception {
        killedMidPublishThenRerunConverges(() -> {
            try {
                server.kill();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            try {
                server.start();
                s3.createBucket(b -> b.bucket(bucket));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
