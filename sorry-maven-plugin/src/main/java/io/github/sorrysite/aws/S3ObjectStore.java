package io.github.sorrysite.aws;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.SorryException;
import io.github.sorrysite.core.common.Md5;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.plan.PublishManifest;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.settings.ChecksumMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The publish target in S3: a bucket and a key prefix. Keys the core passes are relative to the
 * prefix; this class adds it, so nothing outside the prefix is ever listed, written or deleted.
 *
 * <p>Every PUT carries Content-MD5, and the ETag the store returns is compared with that MD5 (for
 * these single-part uploads it is the MD5, except with SSE-KMS or SSE-C). Before the first PUT of a
 * run, while every other waits, a small check object is written: a store that kept the SDK's
 * aws-chunked framing as the object's bytes (s3rver does over http) answers with the ETag of the
 * framed body; the check is then written again as a plain upload (Content-Length, Content-MD5, no
 * framing), and if that one is stored right the whole run uploads plainly, saying so. If even the
 * plain upload is stored wrong, the run stops before writing anything else.
 */
public final class S3ObjectStore implements ObjectStore {
    /** User metadata (x-amz-meta-sorry-digest) holding the body+headers digest. */
    static final String DIGEST_METADATA = "sorry-digest";
    private static final int DELETE_BATCH = 1000;
    /** The check object the first upload of a run writes and deletes. */
    static final String UPLOAD_CHECK = PublishManifest.PREFIX + "upload-check.txt";

    private final ClientInBackground<S3Client> client;
    /** Builds the plain-upload client, or null when {@link #client} already uploads plainly. */
    private final Supplier<S3Client> plainClient;
    private final PublishTarget.S3 target;
    private final String region;
    private final String profile;
    private final Events listener;
    private final Object firstUpload = new Object();
    /** The client every upload uses once the first one was verified; null until then. */
    private volatile S3Client uploader;
    private S3Client builtPlain;
    /** The preflight's listing, until the plan's first {@link #list()} takes it. */
    private List<RemoteObject> preflightListing;

    /** @param profile the configured profile, for messages only (null: the default chain) */
    public S3ObjectStore(S3Client s3, PublishTarget.S3 target, String region, String profile) {
        this(ClientInBackground.of(s3), null, target, region, profile, Events.SILENT);
    }

    private S3ObjectStore(ClientInBackground<S3Client> client, Supplier<S3Client> plainClient, PublishTarget.S3 target, String region,
                          String profile, Events listener) {
        this.client = client;
        this.plainClient = plainClient;
        this.target = target;
        this.region = region;
        this.profile = profile;
        this.listener = listener;
    }

    /**
     * An S3 client for {@code config}, from the default credential chain or the configured profile,
     * built in the background while the publish reads the local site.
     */
    public static S3ObjectStore create(PublishTarget.S3 target, AwsSettings aws, int concurrency) {
        return create(target, aws, concurrency, AwsClients.credentials(aws), Events.SILENT);
    }

    /** @param listener told when this run switches to plain uploads */
    public static S3ObjectStore create(PublishTarget.S3 target, AwsSettings aws, int concurrency, AwsCredentialsProvider credentials,
                                       Events listener) {
        boolean plain = aws.checksums() == ChecksumMode.WHEN_REQUIRED;
        return new S3ObjectStore(ClientInBackground.start("sorry-s3-client", () -> AwsClients.s3(aws, concurrency, credentials),
                e -> AwsErrors.client(e, "setting up the S3 client", aws.profile())),
                plain ? null : () -> AwsClients.s3(aws, concurrency, credentials, true),
                target, aws.region(), aws.profile(), listener);
    }

    private S3Client s3() {
        return client.get();
    }

    @Override
    public void ready() {
        s3();
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
        try {
            List<RemoteObject> objects = new ArrayList<>();
            for (S3Object o : s3().listObjectsV2Paginator(r -> r.bucket(target.bucket()).prefix(target.prefix())).contents()) {
                String key = o.key().substring(target.prefix().length());
                if (!key.isEmpty() && !key.endsWith("/") && !key.startsWith(PublishManifest.PREFIX)) {
                    objects.add(new RemoteObject(key, o.size() == null ? -1 : o.size(), o.eTag(), null, o.lastModified()));
                }
            }
            return objects;
        } catch (SdkException e) {
            throw AwsErrors.s3(e, "listing " + target.describe(), target.bucket(), region, profile);
        }
    }

    @Override
    public String digest(String key) {
        StoredObject head = head(key);
        return head == null ? null : head.digest();
    }

    @Override
    public StoredObject head(String key) {
        try {
            HeadObjectResponse r = s3().headObject(h -> h.bucket(target.bucket()).key(fullKey(key)));
            return new StoredObject(r.contentLength() == null ? -1 : r.contentLength(), r.contentType(), r.cacheControl(),
                    r.metadata().get(DIGEST_METADATA), r.eTag() == null ? null : r.eTag().replace("\"", ""));
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw AwsErrors.s3(e, "reading the metadata of " + target.describe() + key, target.bucket(), region, profile);
        } catch (SdkException e) {
            throw AwsErrors.s3(e, "reading the metadata of " + target.describe() + key, target.bucket(), region, profile);
        }
    }

    @Override
    public byte[] read(String key) {
        return get(fullKey(key), target.describe() + key);
    }

    @Override
    public Fetched fetch(String key) {
        try {
            var bytes = s3().getObjectAsBytes(r -> r.bucket(target.bucket()).key(fullKey(key)));
            var r = bytes.response();
            return new Fetched(new StoredObject(r.contentLength() == null ? -1 : r.contentLength(), r.contentType(), r.cacheControl(),
                    r.metadata().get(DIGEST_METADATA), r.eTag() == null ? null : r.eTag().replace("\"", "")), bytes.asByteArray());
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw AwsErrors.s3(e, "reading " + target.describe() + key, target.bucket(), region, profile);
        } catch (SdkException e) {
            throw AwsErrors.s3(e, "reading " + target.describe() + key, target.bucket(), region, profile);
        }
    }

    @Override
    public String put(String key, Path file, ObjectHeaders headers, String md5, String digest) {
        return upload(key, md5, r -> r.contentType(headers.contentType()).cacheControl(headers.cacheControl())
                .metadata(Map.of(DIGEST_METADATA, digest)), () -> RequestBody.fromFile(file), false);
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
            upload(key, Md5.hex(body), r -> {
                r.contentType("application/json").cacheControl("no-store");
                if (onlyIfAbsent) {
                    r.ifNoneMatch("*");
                }
            }, () -> RequestBody.fromBytes(body), true);
            return true;
        } catch (ConditionFailed e) {
            return false;
        }
    }

    @Override
    public void deleteControl(String key) {
        try {
            s3().deleteObject(r -> r.bucket(target.bucket()).key(controlKey(key)));
        } catch (SdkException e) {
            throw AwsErrors.s3(e, "deleting " + target.describe() + key, target.bucket(), region, profile);
        }
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
    private String upload(String key, String md5, java.util.function.Consumer<PutObjectRequest.Builder> request,
                          Supplier<RequestBody> body, boolean control) {
        String full = control ? controlKey(key) : fullKey(key);
        PutObjectResponse response = putWith(uploader(), key, full, md5, request, body);
        String etag = unquoted(response.eTag());
        if (!etagMatches(response, md5)) {
            throw new InfrastructureException("S3 stored " + target.describe() + key + " with ETag " + etag + ", not the MD5 " + md5
                    + " of the bytes sent: the store changed the body; publish stopped, nothing later was uploaded or deleted", null);
        }
        return etag;
    }

    /** The client every upload of this run uses, decided by the first upload; the others wait for it. */
    private S3Client uploader() {
        S3Client use = uploader;
        if (use != null) {
            return use;
        }
        synchronized (firstUpload) {
            if (uploader == null) {
                uploader = checkUploads();
            }
            return uploader;
        }
    }

    /**
     * The run's first object: a small check object ({@value #UPLOAD_CHECK} under the reserved
     * prefix), written and deleted before anything of the site or the lock, so a store that keeps
     * the upload framing is found before it stores a single wrong byte that matters.
     */
    private S3Client checkUploads() {
        String key = UPLOAD_CHECK;
        byte[] bytes = "sorry:publish checks that this store keeps the bytes it is sent\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String md5 = Md5.hex(bytes);
        java.util.function.Consumer<PutObjectRequest.Builder> request = r -> r.contentType("text/plain").cacheControl("no-store");
        S3Client first = s3();
        PutObjectResponse response = putWith(first, key, controlKey(key), md5, request, () -> RequestBody.fromBytes(bytes));
        S3Client chosen = first;
        if (!etagMatches(response, md5)) {
            String stored = unquoted(response.eTag());
            if (plainClient == null) {
                deleteControl(key);
                throw framingFailure(key, md5, stored, true);
            }
            S3Client plain = plain();
            PutObjectResponse again = putWith(plain, key, controlKey(key), md5, request, () -> RequestBody.fromBytes(bytes));
            if (!etagMatches(again, md5)) {
                deleteControl(key);
                throw framingFailure(key, md5, unquoted(again.eTag()), false);
            }
            listener.warn("S3 at " + target.describe() + " stored the SDK's aws-chunked upload framing as the object's bytes"
                    + " (ETag " + stored + ", not the MD5 " + md5 + " of a check object sent before anything else); this run uploads"
                    + " plainly instead (Content-Length and Content-MD5, no framing); set -Dsorry.aws.checksums=when-required to"
                    + " upload plainly from the start");
            chosen = plain;
        }
        deleteControl(key);
        return chosen;
    }

    private InfrastructureException framingFailure(String key, String md5, String etag, boolean plainFirst) {
        return new InfrastructureException("S3 at " + target.describe() + " stored " + key + " with ETag " + etag + ", not the MD5 " + md5
                + " of the bytes sent" + (plainFirst ? " as a plain upload (sorry.aws.checksums=when-required)" : ", even as a plain upload")
                + ": this store does not keep the bytes it is sent; nothing else was uploaded; use another S3-compatible store"
                + " or report the store's behaviour", null);
    }

    private synchronized S3Client plain() {
        if (builtPlain == null) {
            builtPlain = plainClient.get();
        }
        return builtPlain;
    }

    private PutObjectResponse putWith(S3Client s3, String key, String full, String md5,
                                      java.util.function.Consumer<PutObjectRequest.Builder> request, Supplier<RequestBody> body) {
        try {
            return s3.putObject(r -> {
                r.bucket(target.bucket()).key(full).contentMD5(Md5.base64(md5));
                request.accept(r);
            }, body.get());
        } catch (S3Exception e) {
            if (e.statusCode() == 412) {
                throw new ConditionFailed();
            }
            throw AwsErrors.s3(e, "uploading " + target.describe() + key, target.bucket(), region, profile);
        } catch (SdkException e) {
            throw AwsErrors.s3(e, "uploading " + target.describe() + key, target.bucket(), region, profile);
        }
    }

    /**
     * Whether the ETag is the MD5 sent, where an ETag can be compared: a single-part upload without
     * SSE-KMS or SSE-C (whose ETags are not the MD5), and a store that returned one.
     */
    static boolean etagMatches(PutObjectResponse response, String md5) {
        String etag = unquoted(response.eTag());
        if (etag == null || !etag.matches("[0-9a-fA-F]{32}")) {
            return true; // multipart-style or missing: nothing to compare
        }
        ServerSideEncryption sse = response.serverSideEncryption();
        if (sse == ServerSideEncryption.AWS_KMS || sse == ServerSideEncryption.AWS_KMS_DSSE || response.sseCustomerAlgorithm() != null) {
            return true;
        }
        return etag.equalsIgnoreCase(md5);
    }

    private static String unquoted(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    private byte[] get(String full, String shown) {
        try {
            return s3().getObjectAsBytes(r -> r.bucket(target.bucket()).key(full)).asByteArray();
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw AwsErrors.s3(e, "reading " + shown, target.bucket(), region, profile);
        } catch (SdkException e) {
            throw AwsErrors.s3(e, "reading " + shown, target.bucket(), region, profile);
        }
    }

    @Override
    public void delete(List<String> keys) {
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)).stream()
                    .map(k -> ObjectIdentifier.builder().key(fullKey(k)).build())
                    .toList();
            DeleteObjectsResponse response;
            try {
                response = s3().deleteObjects(r -> r.bucket(target.bucket()).delete(Delete.builder().objects(batch).quiet(true).build()));
            } catch (SdkException e) {
                throw AwsErrors.s3(e, "deleting stale objects under " + target.describe(), target.bucket(), region, profile);
            }
            if (response.hasErrors() && !response.errors().isEmpty()) {
                var error = response.errors().get(0);
                if ("AccessDenied".equals(error.code())) {
                    throw new BadInputException("sorry.target", "access denied deleting " + response.errors().size()
                            + " stale object(s) under " + target.describe() + ", e.g. " + error.key(),
                            "allow s3:DeleteObject on the prefix for these credentials, or publish without sorry.deleteStale");
                }
                throw new InfrastructureException("S3 refused to delete " + response.errors().size() + " object(s) under " + target.describe()
                        + ", e.g. " + error.key() + ": " + error.code() + " " + error.message(), null);
            }
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            S3Client plain;
            synchronized (this) {
                plain = builtPlain;
            }
            if (plain != null) {
                plain.close();
            }
        }
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
