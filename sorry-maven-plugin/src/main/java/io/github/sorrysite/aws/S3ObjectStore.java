package io.github.sorrysite.aws;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.SorryException;
import io.github.sorrysite.core.common.Md5;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.plan.PublishManifest;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.settings.AwsSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The publish target in S3: a bucket and a key prefix. Keys the core passes are relative to the
 * prefix; this class adds it, so nothing outside the prefix is ever listed, written or deleted.
 *
 * <p>Objects are written and read through {@link S3ObjectRequests}: plain uploads (Content-Length,
 * Content-MD5, the payload's SHA-256 signed; never the aws-chunked framing that some
 * S3-compatible stores, s3rver among them, keep as the object's bytes), and the ETag the store
 * returns is compared with the MD5 sent (for these single-part uploads it is the MD5, except with
 * SSE-KMS or SSE-C). Before the first PUT of a run, while every other waits, a small check object
 * is written and compared the same way, so a store that does not keep the bytes it is sent stops
 * the run before it stores a single wrong byte that matters. Listing and deleting go through the
 * S3 client.
 */
public final class S3ObjectStore implements ObjectStore {
    /** User metadata (x-amz-meta-sorry-digest) holding the body+headers digest. */
    static final String DIGEST_METADATA = "sorry-digest";
    private static final int DELETE_BATCH = 1000;
    /** The check object the first upload of a run writes and deletes. */
    static final String UPLOAD_CHECK = PublishManifest.PREFIX + "upload-check.txt";

    /** Set up on their own thread while the publish reads the local site. */
    private final ClientInBackground<S3ObjectRequests> requests;
    private final PublishTarget.S3 target;
    private final String region;
    private final String profile;
    private final Object firstUpload = new Object();
    /** Whether the first upload's check passed. */
    private volatile boolean uploadsChecked;
    /** The preflight's listing, until the plan's first {@link #list()} takes it. */
    private List<RemoteObject> preflightListing;

    /**
     * The store as {@code s3} is configured (its endpoint, region, credentials and retry strategy);
     * closing the store closes it.
     *
     * @param profile the configured profile, for messages only (null: the default chain)
     */
    public S3ObjectStore(S3Client s3, PublishTarget.S3 target, String region, String profile) {
        this(ClientInBackground.of(S3ObjectRequests.of(s3, target.bucket(), AwsClients.objectRequestsHttp(8), true).closing(s3)),
                target, region, profile);
    }

    private S3ObjectStore(ClientInBackground<S3ObjectRequests> requests, PublishTarget.S3 target, String region, String profile) {
        this.requests = requests;
        this.target = target;
        this.region = region;
        this.profile = profile;
    }

    /**
     * The store for {@code aws}'s settings, with credentials from the default chain or the configured profile, set up
     * in the background while the publish reads the local site. No S3 client is built: see {@link S3ObjectRequests}.
     */
    public static S3ObjectStore create(PublishTarget.S3 target, AwsSettings aws, int concurrency) {
        return create(target, aws, concurrency, AwsClients.credentials(aws));
    }

    public static S3ObjectStore create(PublishTarget.S3 target, AwsSettings aws, int concurrency, AwsCredentialsProvider credentials) {
        return new S3ObjectStore(ClientInBackground.start("sorry-s3-client",
                () -> S3ObjectRequests.forSettings(aws, target.bucket(), credentials, concurrency),
                e -> AwsErrors.client(e, "setting up the S3 requests", aws.profile())), target, aws.region(), aws.profile());
    }

    @Override
    public void ready() {
        objects();
    }

    /**
     * The listing the plan starts from, made here: it needs working credentials and an existing
     * bucket in the configured region (S3 redirects otherwise, naming the bucket's region), so a
     * failure is the preflight's one line, and the next {@link #list()} returns it instead of listing
     * again (an unchanged re-publish stays one LIST and one GET).
     */
    @Override
    public List<SorryException> preflight() {
        try {
            List<RemoteObject> listed = listAll();
            synchronized (this) {
                preflightListing = listed;
            }
            return List.of();
        } catch (SorryException e) {
            return List.of(e);
        }
    }

    @Override
    public List<RemoteObject> list() {
        synchronized (this) {
            List<RemoteObject> listed = preflightListing;
            preflightListing = null;
            if (listed != null) {
                return listed;
            }
        }
        return listAll();
    }

    private List<RemoteObject> listAll() {
        List<RemoteObject> objects = new ArrayList<>();
        for (S3Listing.Entry o : call(() -> objects().list(target.prefix()), "listing " + target.describe())) {
            if (!o.key().startsWith(target.prefix())) {
                continue; // not what was asked for: never touched
            }
            String key = o.key().substring(target.prefix().length());
            if (!key.isEmpty() && !key.endsWith("/") && !key.startsWith(PublishManifest.PREFIX)) {
                objects.add(new RemoteObject(key, o.size(), o.etag(), null, o.lastModified()));
            }
        }
        return objects;
    }

    @Override
    public String digest(String key) {
        StoredObject head = head(key);
        return head == null ? null : head.digest();
    }

    @Override
    public StoredObject head(String key) {
        S3Exchange.Response r = call(() -> objects().head(fullKey(key)), "reading the metadata of " + target.describe() + key);
        return r == null ? null : stored(r);
    }

    @Override
    public byte[] read(String key) {
        return get(fullKey(key), target.describe() + key);
    }

    @Override
    public Fetched fetch(String key) {
        S3Exchange.Response r = call(() -> objects().get(fullKey(key)), "reading " + target.describe() + key);
        return r == null ? null : new Fetched(stored(r), r.body());
    }

    private static StoredObject stored(S3Exchange.Response r) {
        long length = r.header("Content-Length").map(Long::parseLong).orElse(-1L);
        return new StoredObject(length, r.header("Content-Type").orElse(null), r.header("Cache-Control").orElse(null),
                r.header("x-amz-meta-" + DIGEST_METADATA).orElse(null), unquoted(r.header("ETag").orElse(null)));
    }

    @Override
    public String put(String key, Path file, ObjectHeaders headers, String md5, String digest) {
        return upload(key, md5, Map.of("Content-Type", headers.contentType(), "Cache-Control", headers.cacheControl(),
                "x-amz-meta-" + DIGEST_METADATA, digest), body(file), false);
    }

    /**
     * The file's bytes, read once for the CRC32, the signature's SHA-256 and the upload; a file over 8 MiB is
     * streamed from disk for each instead.
     */
    private static RequestBody body(Path file) {
        try {
            return java.nio.file.Files.size(file) <= 8 << 20 ? RequestBody.fromBytes(java.nio.file.Files.readAllBytes(file))
                    : RequestBody.fromFile(file);
        } catch (java.io.IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean keepsManifest() {
        return true;
    }

    @Override
    public boolean locks() {
        return true;
    }

    @Override
    public byte[] readControl(String key) {
        return get(controlKey(key), target.describe() + key);
    }

    @Override
    public boolean writeControl(String key, byte[] body, boolean onlyIfAbsent) {
        try {
            Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of("Content-Type", "application/json", "Cache-Control", "no-store"));
            if (onlyIfAbsent) {
                headers.put("If-None-Match", "*");
            }
            upload(key, Md5.hex(body), headers, RequestBody.fromBytes(body), true);
            return true;
        } catch (ConditionFailed e) {
            return false;
        }
    }

    @Override
    public void deleteControl(String key) {
        call(() -> {
            objects().delete(controlKey(key));
            return null;
        }, "deleting " + target.describe() + key);
    }

    /** The store refused a conditional write: the object exists. */
    private static final class ConditionFailed extends RuntimeException {
        ConditionFailed() {
            super(null, null, false, false);
        }
    }

    /**
     * One verified PUT.
     *
     * @param control a control object (the key is under the reserved prefix)
     * @return the ETag
     */
    private String upload(String key, String md5, Map<String, String> headers, RequestBody body, boolean control) {
        checkUploads();
        return verifiedPut(key, control ? controlKey(key) : fullKey(key), md5, headers, body);
    }

    private String verifiedPut(String key, String full, String md5, Map<String, String> headers, RequestBody body) {
        S3Exchange.Response response = putWith(key, full, md5, headers, body);
        String etag = unquoted(response.header("ETag").orElse(null));
        if (!etagMatches(response, md5)) {
            throw new InfrastructureException("S3 stored " + target.describe() + key + " with ETag " + etag + ", not the MD5 " + md5
                    + " of the bytes sent: the store changed the body; publish stopped, nothing later was uploaded or deleted", null);
        }
        return etag;
    }

    /**
     * The run's first object: a small check object ({@value #UPLOAD_CHECK} under the reserved
     * prefix), written and deleted before anything of the site or the lock, so a store that does
     * not keep the bytes it is sent is found before it stores a single wrong byte that matters. The
     * other uploads wait for it.
     */
    private void checkUploads() {
        if (uploadsChecked) {
            return;
        }
        synchronized (firstUpload) {
            if (uploadsChecked) {
                return;
            }
            String key = UPLOAD_CHECK;
            byte[] bytes = "sorry:publish checks that this store keeps the bytes it is sent\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String md5 = Md5.hex(bytes);
            S3Exchange.Response response = putWith(key, controlKey(key), md5,
                    Map.of("Content-Type", "text/plain", "Cache-Control", "no-store"), RequestBody.fromBytes(bytes));
            if (!etagMatches(response, md5)) {
                deleteControl(key);
                throw new InfrastructureException("S3 at " + target.describe() + " stored " + key + " with ETag "
                        + unquoted(response.header("ETag").orElse(null)) + ", not the MD5 " + md5 + " of the bytes sent (a plain upload:"
                        + " Content-Length and Content-MD5, no framing): this store does not keep the bytes it is sent; nothing else"
                        + " was uploaded; use another S3-compatible store or report the store's behaviour", null);
            }
            deleteControl(key);
            uploadsChecked = true;
        }
    }

    private S3Exchange.Response putWith(String key, String full, String md5, Map<String, String> headers, RequestBody body) {
        return call(() -> {
            try {
                return objects().put(full, body.contentStreamProvider(), body.optionalContentLength().orElseThrow(), Md5.base64(md5), headers);
            } catch (S3Exception e) {
                if (e.statusCode() == 412) {
                    throw new ConditionFailed();
                }
                throw e;
            }
        }, "uploading " + target.describe() + key);
    }

    /** Runs an S3 request, with S3's errors as the plugin's. */
    private <T> T call(Supplier<T> request, String doing) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw AwsErrors.s3(e, doing, target.bucket(), region, profile);
        }
    }

    private S3ObjectRequests objects() {
        return requests.get();
    }

    /**
     * Whether the ETag is the MD5 sent, where an ETag can be compared: a single-part upload without
     * SSE-KMS or SSE-C (whose ETags are not the MD5), and a store that returned one.
     */
    static boolean etagMatches(S3Exchange.Response response, String md5) {
        String etag = unquoted(response.header("ETag").orElse(null));
        if (etag == null || !etag.matches("[0-9a-fA-F]{32}")) {
            return true; // multipart-style or missing: nothing to compare
        }
        String sse = response.header("x-amz-server-side-encryption").orElse("");
        if (sse.startsWith("aws:kms") || response.header("x-amz-server-side-encryption-customer-algorithm").isPresent()) {
            return true;
        }
        return etag.equalsIgnoreCase(md5);
    }

    private static String unquoted(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    private byte[] get(String full, String shown) {
        S3Exchange.Response r = call(() -> objects().get(full), "reading " + shown);
        return r == null ? null : r.body();
    }

    @Override
    public void delete(List<String> keys) {
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)).stream().map(this::fullKey).toList();
            List<S3Listing.Failure> errors = call(() -> objects().deleteObjects(batch), "deleting stale objects under " + target.describe());
            if (!errors.isEmpty()) {
                var error = errors.get(0);
                if ("AccessDenied".equals(error.code())) {
                    throw new BadInputException("sorry.target", "access denied deleting " + errors.size()
                            + " stale object(s) under " + target.describe() + ", e.g. " + error.key(),
                            "allow s3:DeleteObject on the prefix for these credentials, or publish without sorry.deleteStale");
                }
                throw new InfrastructureException("S3 refused to delete " + errors.size() + " object(s) under " + target.describe()
                        + ", e.g. " + error.key() + ": " + error.code() + " " + error.message(), null);
            }
        }
    }

    @Override
    public void close() {
        requests.close();
    }

    private String fullKey(String key) {
        if (key.isEmpty() || key.startsWith("/") || ("/" + key + "/").contains("/../") || key.startsWith(PublishManifest.PREFIX)) {
            throw new IllegalArgumentException("key outside the target prefix: " + key);
        }
        return target.prefix() + key;
    }

    private String controlKey(String key) {
        if (!key.startsWith(PublishManifest.PREFIX) || key.contains("..")) {
            throw new IllegalArgumentException("not a control key: " + key);
        }
        return target.prefix() + key;
    }
}
