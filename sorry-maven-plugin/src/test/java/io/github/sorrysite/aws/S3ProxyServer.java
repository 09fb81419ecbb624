package io.github.sorrysite.aws;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.S3Exceptions;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * s3proxy in-process on 127.0.0.1 with an in-memory blob store. The store is wrapped so a test can
 * see every PUT the server received and make the server fail chosen PUTs, as a real S3 outage would.
 */
final class S3ProxyServer implements AutoCloseable {
    static final String ACCESS_KEY = "test-access-key";
    static final String SECRET_KEY = "test-secret-key";

    final List<String> puts = Collections.synchronizedList(new ArrayList<>());
    final List<String> deletes = Collections.synchronizedList(new ArrayList<>());
    /** PUTs of the publish manifest, kept apart from {@link #puts} (the site's objects). */
    final List<String> manifestPuts = Collections.synchronizedList(new ArrayList<>());
    /** Keys of every HEAD Object request (s3proxy answers a HEAD, and only a HEAD, from blobMetadata). */
    final List<String> heads = Collections.synchronizedList(new ArrayList<>());
    /** PUTs of the publish lock and of the upload check. */
    final List<String> lockPuts = Collections.synchronizedList(new ArrayList<>());
    /** Keys whose PUT is answered with an ETag that is not the body's MD5, as a store that changed the body would. */
    volatile Predicate<String> wrongEtag = key -> false;
    volatile Predicate<String> failPut = key -> false;
    volatile int failStatus = 500;
    volatile boolean failDeletes;
    private final S3Proxy proxy;

    S3ProxyServer() throws Exception {
        BlobStore store = new ForwardingBlobStore(new TransientNio2BlobStore()) {
            @Override
            public PutObjectResponse putBlob(PutObjectRequest request, InputStream input) {
                if (request.key().contains("/.sorry-publish/lock") || request.key().contains("/.sorry-publish/upload-check")) {
                    lockPuts.add(request.key());
                    return super.putBlob(request, input);
                }
                (request.key().contains("/.sorry-publish/") ? manifestPuts : puts).add(request.key());
                if (failPut.test(request.key())) {
                    throw S3Exceptions.fromStatusCode(failStatus);
                }
                PutObjectResponse stored = super.putBlob(request, input);
                return wrongEtag.test(request.key()) ? stored.toBuilder().eTag("\"00000000000000000000000000000000\"").build() : stored;
            }

            @Override
            public HeadObjectResponse blobMetadata(HeadObjectRequest request) {
                heads.add(request.key());
                return super.blobMetadata(request);
            }

            @Override
            public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
                if (request.key().contains("/.sorry-publish/lock") || request.key().contains("/.sorry-publish/upload-check")) {
                    return super.removeBlob(request);
                }
                deletes.add(request.key());
                if (failDeletes) {
                    throw S3Exceptions.fromStatusCode(403);
                }
                return super.removeBlob(request);
            }
        };
        proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .ignoreUnknownHeaders(true)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.onSpinWait();
        }
    }

    /**
     * The HEADs the plan made: {@link #heads} less one per uploaded asset, since the read-back after
     * the apply HEADs each uploaded asset once (and GETs each uploaded page).
     */
    List<String> planningHeads() {
        List<String> left = new ArrayList<>(heads);
        synchronized (puts) {
            puts.stream().filter(k -> !k.endsWith(".html")).forEach(left::remove);
        }
        return left;
    }

    String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
