package io.github.sorrysite.aws;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One S3 request on the wire, for {@link S3ObjectRequests}: signed with the SDK's SigV4 signer
 * (service s3, the path as sent, the payload's SHA-256, never aws-chunked), sent over the SDK's
 * HTTP client, retried with the SDK's retry strategy, its clock corrected when S3 calls it skewed,
 * and a refusal turned into the {@link S3Exception} the S3 client would have thrown.
 */
final class S3Exchange implements AutoCloseable {
    private final SdkHttpClient http;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final String region;
    private final RetryStrategy retries;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    /** How far the store's clock is ahead of this machine's, once a refusal showed that it matters. */
    private volatile long clockOffsetMillis;

    /** A response of the store: its status line's code, its headers, and the body (empty for HEAD). */
    record Response(SdkHttpResponse http, byte[] body) {
        Optional<String> header(String name) {
            return http.firstMatchingHeader(name);
        }
    }

    S3Exchange(SdkHttpClient http, IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region, RetryStrategy retries) {
        this.http = http;
        this.credentials = credentials;
        this.region = region;
        this.retries = retries;
    }

    /** Signs {@code request} without sending it, with throw-away credentials: loads the signer ahead of the first request. */
    void warmUp(SdkHttpRequest request) {
        signer.sign(r -> r.identity(AwsCredentialsIdentity.create("AKIDWARMUP", "warm-up")).request(request)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3").putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false).putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false));
    }

    /** Sends the request, retried as the S3 client would retry it; a refusal is thrown. */
    Response send(SdkHttpRequest request, ContentStreamProvider body) {
        return send(request, body, false);
    }

    /**
     * Sends a read of one object; null when S3 answers 404, which for a read is an answer, not a failure (nor an
     * exception for the retry strategy to log).
     */
    Response sendOrMissing(SdkHttpRequest request) {
        return send(request, null, true);
    }

    private Response send(SdkHttpRequest request, ContentStreamProvider body, boolean missingIsAnswer) {
        RetryToken token = retries.acquireInitialToken(AcquireInitialTokenRequest.create("S3")).token();
        boolean skewRetried = false;
        while (true) {
            SdkException failure;
            try {
                Response response = attempt(request, body, missingIsAnswer);
                retries.recordSuccess(RecordSuccessRequest.create(token));
                return response;
            } catch (S3Exception e) {
                failure = e;
                if (clockSkewed(e) && !skewRetried) {
                    skewRetried = true; // signed again with the store's clock, at once, as the S3 client does
                    continue;
                }
            } catch (SdkClientException e) {
                failure = e;
            }
            Duration delay;
            try {
                var refreshed = retries.refreshRetryToken(RefreshRetryTokenRequest.builder().token(token).failure(failure).build());
                token = refreshed.token();
                delay = refreshed.delay();
            } catch (TokenAcquisitionFailedException e) {
                throw failure; // not retryable, or out of attempts: the last failure is the answer
            }
            sleep(delay, failure);
        }
    }

    /**
     * Whether S3 refused the request because this machine's clock is off (RequestTimeTooSkewed, or any 403 whose Date is
     * more than 4 minutes from the request's time, as the SDK judges it); if so, later requests are signed with the
     * store's time (the S3 client corrects its clock the same way).
     */
    private boolean clockSkewed(S3Exception e) {
        if (e.statusCode() != 403 || e.awsErrorDetails() == null || e.awsErrorDetails().sdkHttpResponse() == null) {
            return false;
        }
        Optional<String> date = e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Date");
        if (date.isEmpty()) {
            return false;
        }
        java.time.Instant server;
        try {
            server = java.time.ZonedDateTime.parse(date.get(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return false;
        }
        long offsetMillis = server.toEpochMilli() - System.currentTimeMillis();
        boolean skewCode = "RequestTimeTooSkewed".equals(e.awsErrorDetails().errorCode());
        if (!skewCode && Math.abs(offsetMillis - clockOffsetMillis) < Duration.ofMinutes(4).toMillis()) {
            return false;
        }
        clockOffsetMillis = offsetMillis;
        return true;
    }

    private static void sleep(Duration delay, SdkException failure) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private Response attempt(SdkHttpRequest request, ContentStreamProvider body, boolean missingIsAnswer) {
        java.time.Clock clock = clockOffsetMillis == 0 ? java.time.Clock.systemUTC()
                : java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofMillis(clockOffsetMillis));
        SignedRequest signed = signer.sign(r -> r.identity(identity()).request(request).payload(body)
                .putProperty(AwsV4FamilyHttpSigner.SIGNING_CLOCK, clock)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                // S3's canonical URI is the path as sent: no second encoding, no dot-segment removal.
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                .putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, false));
        HttpExecuteResponse response;
        try {
            response = http.prepareRequest(HttpExecuteRequest.builder().request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null)).build()).call();
        } catch (IOException e) {
            throw SdkClientException.create("Unable to execute HTTP request: " + e.getMessage(), e);
        }
        SdkHttpFullResponse head = response.httpResponse() instanceof SdkHttpFullResponse full ? full
                : SdkHttpFullResponse.builder().statusCode(response.httpResponse().statusCode())
                        .headers(response.httpResponse().headers()).build();
        byte[] bytes = readBody(response);
        if (missingIsAnswer && head.statusCode() == 404) {
            return null;
        }
        if (!head.isSuccessful()) {
            throw refused(head, bytes);
        }
        return new Response(head, bytes);
    }

    private static byte[] readBody(HttpExecuteResponse response) {
        Optional<? extends InputStream> stream = response.responseBody();
        if (stream.isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = stream.get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw SdkClientException.create("Unable to read the response: " + e.getMessage(), e);
        }
    }

    /** The store's refusal as the S3 client would report it: status, error code and message from the XML body. */
    static S3Exception refused(SdkHttpResponse response, byte[] body) {
        S3Listing.Failure error = S3Listing.parseError(body);
        String code = error.code();
        if (code == null) { // HEAD, or a body that is not S3's error document
            code = switch (response.statusCode()) {
                case 404 -> "NotFound";
                case 403 -> "Forbidden";
                case 412 -> "PreconditionFailed";
                default -> Integer.toString(response.statusCode());
            };
        }
        String message = error.message();
        String requestId = response.firstMatchingHeader("x-amz-request-id").orElse(null);
        return (S3Exception) S3Exception.builder().statusCode(response.statusCode()).requestId(requestId)
                .extendedRequestId(response.firstMatchingHeader("x-amz-id-2").orElse(null))
                .message((message == null ? code : message) + " (Service: S3, Status Code: " + response.statusCode()
                        + (requestId == null ? "" : ", Request ID: " + requestId) + ")")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("S3")
                        .sdkHttpResponse(response).build())
                .build();
    }

    private AwsCredentialsIdentity identity() {
        try {
            return credentials.resolveIdentity().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof SdkException sdk) {
                throw sdk;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
