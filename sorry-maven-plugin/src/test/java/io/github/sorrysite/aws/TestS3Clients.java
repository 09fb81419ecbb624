package io.github.sorrysite.aws;

import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.settings.ChecksumMode;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** The tests' S3 clients, with the plugin's settings ({@link AwsClients#common}): the plugin itself builds none. */
final class TestS3Clients {
    private TestS3Clients() {
    }

    /**
     * An S3 client configured as the publish's requests are ({@link S3ObjectRequests#forSettings}): the plugin itself
     * builds none (its requests are signed and sent without the client's pipeline); the tests use this one to make
     * buckets and look at them, and {@link S3ObjectStore}'s S3Client constructor takes one.
     */
    static S3Client s3(AwsSettings aws, int concurrency, AwsCredentialsProvider credentials) {
        return s3(aws, concurrency, credentials, aws.checksums() == ChecksumMode.WHEN_REQUIRED);
    }

    /**
     * @param plain plain uploads: a Content-Length body with its Content-MD5 and no aws-chunked
     *              framing, checksums only where the API requires them. Over http the SDK otherwise
     *              frames every signed body (aws-chunked with chunk signatures), whatever the checksum
     *              setting, and some S3-compatible stores (s3rver) keep that framing as the object's bytes.
     */
    static S3Client s3(AwsSettings aws, int concurrency, AwsCredentialsProvider credentials, boolean plain) {
        var builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(Math.max(concurrency * 2, 16)));
        AwsClients.common(builder, aws, AwsClients.S3, credentials, null);
        if (aws.endpointFor(AwsClients.S3) != null) {
            builder.forcePathStyle(true);
        }
        if (plain) {
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .serviceConfiguration(plainUploads());
        }
        return builder.build();
    }

    /** The SDK's one switch for a framed body over http (chunked encoding); the checksum settings alone keep it. */
    private static S3Configuration plainUploads() {
        return S3Configuration.builder().chunkedEncodingEnabled(false).build();
    }

}
