package io.github.sorrysite.aws;

import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.settings.ChecksumMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Utilities;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * The S3 requests of a publish: PUT, GET, HEAD and DELETE of one key, ListObjectsV2 and
 * DeleteObjects, each signed with the SDK's own SigV4 signer and sent over the SDK's URL-connection
 * HTTP client, without an S3 client and its per-request pipeline (endpoint rules, interceptors,
 * marshalling). A publish is a cold JVM every time, and a cold JVM builds that client (about 0.8 s
 * of class loading here) and then runs its pipeline interpreted and JIT-compiles it: measured here,
 * 1,000 PUTs and 1,000 GETs took three times the CPU through the S3 client that they take signed
 * and sent directly (bench/RESULTS.md, section 3).
 *
 * <p>What stays the SDK's: the bucket's URL ({@link S3Utilities}, so endpoint overrides,
 * path-style, dotted bucket names and partitions resolve as for the S3 client), the credentials
 * (the provider chain or profile), the signing, the retry strategy, the HTTP client (proxy,
 * timeouts, trust store), and the exceptions: a refused request is an {@link S3Exception} with the
 * service's status, error code and headers, so the error messages are those the S3 client's calls
 * had. The two XML bodies are {@link S3Listing}'s; signing, sending and retrying are {@link S3Exchange}'s. Bodies are sent plainly: Content-Length,
 * Content-MD5 and the payload's SHA-256 in the signature, never the aws-chunked framing that some
 * S3-compatible stores keep as the object's bytes.
 */
final class S3ObjectRequests implements AutoCloseable {
    private static final String USER_AGENT = "sorry-maven-plugin";

    private final S3Exchange exchange;
    private final URI base;
    private final boolean crc32;
    /** What else closes with these requests (the S3 client they were configured from), or null. */
    private AutoCloseable owner;

    private S3ObjectRequests(SdkHttpClient http, URI base, IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region,
                             RetryStrategy retries, boolean crc32) {
        this.exchange = new S3Exchange(http, credentials, region, retries);
        this.base = base;
        this.crc32 = crc32;
    }

    /**
     * Requests to {@code bucket} as {@code s3} would make them.
     *
     * @param crc32 also send each body's CRC32 as {@code x-amz-checksum-crc32} (sorry.aws.checksums=when-supported),
     *              which S3 checks and keeps with the object
     */
    static S3ObjectRequests of(S3Client s3, String bucket, SdkHttpClient http, boolean crc32) {
        var config = s3.serviceClientConfiguration();
        RetryStrategy retries = config.overrideConfiguration().retryStrategy().orElseGet(AwsRetryStrategy::defaultRetryStrategy);
        return new S3ObjectRequests(http, base(s3.utilities(), bucket), config.credentialsProvider(), config.region().id(), retries, crc32);
    }

    /**
     * Requests as the settings configure them ({@link AwsClients#common} for the SDK clients), without a client: region (the configured one,
     * else the SDK's region chain for the profile; us-east-1 for an endpoint override without one), path-style for an
     * endpoint override, the SDK's default retry strategy, and {@link AwsClients#objectRequestsHttp} for {@code concurrency}
     * requests at once (without a trust store when the endpoint is plain http).
     */
    static S3ObjectRequests forSettings(AwsSettings aws, String bucket, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
                                        int concurrency) {
        URI endpoint = aws.endpointFor(AwsClients.S3);
        Region region = aws.region() != null ? Region.of(aws.region()) : endpoint != null ? Region.US_EAST_1
                : DefaultAwsRegionProviderChain.builder().profileName(aws.profile()).build().getRegion();
        SdkHttpClient http = AwsClients.objectRequestsHttp(concurrency, endpoint == null || "https".equalsIgnoreCase(endpoint.getScheme()));
        URI base = endpoint != null ? pathStyleBase(endpoint, bucket)
                : base(S3Utilities.builder().region(region).build(), bucket);
        S3ObjectRequests requests = new S3ObjectRequests(http, base, credentials, region.id(), AwsRetryStrategy.defaultRetryStrategy(),
                aws.checksums() != ChecksumMode.WHEN_REQUIRED);
        requests.warmUp();
        return requests;
    }

    /**
     * An endpoint override's bucket URL, path-style: the endpoint (with any path it has) then the bucket, as the S3
     * client's endpoint rules make it with forcePathStyle, without loading those rules (a fifth of a second in a cold
     * JVM); {@code S3ObjectRequestsTest} compares the two.
     */
    static URI pathStyleBase(URI endpoint, String bucket) {
        String url = endpoint.toString();
        return URI.create((url.endsWith("/") ? url : url + "/") + SdkHttpUtils.urlEncode(bucket) + "/");
    }

    /** Signs one request that is never sent, so the first real one does not also load the signer (run on the set-up thread). */
    private void warmUp() {
        exchange.warmUp(bucketRequest(SdkHttpMethod.GET).build());
    }

    /** The URL every key of {@code bucket} is appended to, as the SDK resolves it. */
    private static URI base(S3Utilities urls, String bucket) {
        String probe = "k";
        String url = urls.getUrl(r -> r.bucket(bucket).key(probe)).toString();
        return URI.create(url.substring(0, url.length() - probe.length()));
    }

    /** The object's URL, for tests and messages. */
    URI url(String key) {
        return URI.create(base + SdkHttpUtils.urlEncodeIgnoreSlashes(key));
    }

    /**
     * Uploads {@code body} as {@code key}.
     *
     * @param headers Content-Type, Cache-Control, x-amz-meta-*, conditional headers, as S3 names them
     * @throws S3Exception when the store refuses it (412 for a failed condition)
     */
    S3Exchange.Response put(String key, ContentStreamProvider body, long length, String md5Base64, Map<String, String> headers) {
        SdkHttpRequest.Builder request = request(SdkHttpMethod.PUT, key).putHeader("Content-Length", Long.toString(length))
                .putHeader("Content-MD5", md5Base64);
        headers.forEach(request::putHeader);
        if (crc32) {
            request.putHeader("x-amz-checksum-crc32", crc32(body));
        }
        return exchange.send(request.build(), body);
    }

    /** GETs {@code key}; null when it does not exist. */
    S3Exchange.Response get(String key) {
        return exchange.sendOrMissing(request(SdkHttpMethod.GET, key).build());
    }

    /** HEADs {@code key}; null when it does not exist. */
    S3Exchange.Response head(String key) {
        return exchange.sendOrMissing(request(SdkHttpMethod.HEAD, key).build());
    }

    /** DELETEs {@code key} (S3 answers 204 whether or not it existed). */
    void delete(String key) {
        exchange.send(request(SdkHttpMethod.DELETE, key).build(), null);
    }

    /** Every object under {@code prefix}: ListObjectsV2, page after page. */
    List<S3Listing.Entry> list(String prefix) {
        List<S3Listing.Entry> all = new ArrayList<>();
        String token = null;
        do {
            SdkHttpRequest.Builder request = bucketRequest(SdkHttpMethod.GET).putRawQueryParameter("list-type", "2")
                    .putRawQueryParameter("prefix", prefix).putRawQueryParameter("encoding-type", "url");
            if (token != null) {
                request.putRawQueryParameter("continuation-token", token);
            }
            S3Listing.Page page = S3Listing.parsePage(exchange.send(request.build(), null).body());
            all.addAll(page.entries());
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    /**
     * DeleteObjects (quiet) of up to 1,000 keys; returns the keys S3 could not delete, with its error code and message.
     */
    List<S3Listing.Failure> deleteObjects(List<String> keys) {
        byte[] body = S3Listing.deleteRequest(keys);
        SdkHttpRequest request = bucketRequest(SdkHttpMethod.POST).putRawQueryParameter("delete", (String) null)
                .putHeader("Content-Length", Integer.toString(body.length)).putHeader("Content-Type", "application/xml")
                .putHeader("Content-MD5", io.github.sorrysite.core.common.Md5.base64(io.github.sorrysite.core.common.Md5.hex(body))).build();
        return S3Listing.parseDeleteResult(exchange.send(request, ContentStreamProvider.fromByteArrayUnsafe(body)).body());
    }

    /** A request to the bucket itself: its URL without the key's slash (path-style {@code /bucket}, virtual-hosted {@code /}). */
    private SdkHttpRequest.Builder bucketRequest(SdkHttpMethod method) {
        String path = base.getRawPath();
        URI bucket = path.length() > 1 && path.endsWith("/") ? URI.create(base.toString().substring(0, base.toString().length() - 1)) : base;
        return SdkHttpRequest.builder().method(method).uri(bucket).putHeader("User-Agent", USER_AGENT);
    }

    private SdkHttpRequest.Builder request(SdkHttpMethod method, String key) {
        return SdkHttpRequest.builder().method(method).uri(url(key)).putHeader("User-Agent", USER_AGENT);
    }

    private static String crc32(ContentStreamProvider body) {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[8192];
        try (InputStream in = body.newStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long v = crc.getValue();
        return Base64.getEncoder().encodeToString(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    /** These requests, closing {@code other} when they close. */
    S3ObjectRequests closing(AutoCloseable other) {
        this.owner = other;
        return this;
    }

    @Override
    public void close() {
        try {
            exchange.close();
        } finally {
            if (owner != null) {
                try {
                    owner.close();
                } catch (Exception e) {
                    // closing a client frees its connections; nothing to report
                }
            }
        }
    }
}
