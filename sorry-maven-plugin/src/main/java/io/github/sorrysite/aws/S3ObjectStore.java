package io.github.sorrysite.aws;

import io.github.sorrysite.core.common.Md5;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.publish.plan.PublishManifest;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The publish target in S3: a bucket and a key prefix. Keys the core passes are relative to the
 * prefix; this class adds it, so nothing outside the prefix is ever listed, written or deleted.
 */
public final class S3ObjectStore implements ObjectStore {
    /** User metadata (x-amz-meta-sorry-digest) holding the body+headers digest. */
    static final String DIGEST_METADATA = "sorry-digest";
    private static final int DELETE_BATCH = 1000;

    private final ClientInBackground<S3Client> client;
    private final PublishTarget.S3 target;
    private final String region;
    private final String profile;

    /** @param profile the configured profile, for messages only (null: the default chain) */
    public S3ObjectStore(S3Client s3, PublishTarget.S3 target, String region, String profile) {
        this(ClientInBackground.of(s3), target, region, profile);
    }

    private S3ObjectStore(ClientInBackground<S3Client> client, PublishTarget.S3 target, String region, String profile) {
        this.client = client;
        this.target = target;
        this.region = region;
        this.profile = profile;
    }

    /**
     * An S3 client for {@code config}, from the default credential chain or the configured profile,
     * built in the background while the publish reads the local site.
     */
    public static S3ObjectStore create(PublishTarget.S3 target, AwsSettings aws, int concurrency) {
        return new S3ObjectStore(ClientInBackground.start("sorry-s3-client", () -> AwsClients.s3(aws, concurrency, AwsClients.credentials(aws)),
                e -> AwsErrors.client(e, "setting up the S3 client", aws.profile())), target, aws.region(), aws.profile());
    }

    private S3Client s3() {
        return client.get();
    }

    @Override
    public void ready() {
        s3();
    }

    @Override
    public List<RemoteObject> list() {
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
        try {
            Map<String, String> metadata = s3().headObject(r -> r.bucket(target.bucket()).key(fullKey(key))).metadata();
            return metadata.get(DIGEST_METADATA);
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
    public String put(String key, Path file, ObjectHeaders headers, String md5, String digest) {
        try {
            return s3().putObject(r -> r.bucket(target.bucket()).key(fullKey(key))
                            .contentType(headers.contentType())
                            .cacheControl(headers.cacheControl())
                            .contentMD5(Md5.base64(md5))
                            .metadata(Map.of(DIGEST_METADATA, digest)),
                    RequestBody.fromFile(file)).eTag();
        } catch (SdkException e) {
            throw AwsErrors.s3(e, "uploading " + target.describe() + key, target.bucket(), region, profile);
        }
    }

    @Override
    public boolean keepsManifest() {
        return true;
    }

    @Override
    public byte[] readManifest() {
        try {
            return s3().getObjectAsBytes(r -> r.bucket(target.bucket()).key(fullKey(PublishManifest.KEY))).asByteArray();
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw AwsErrors.s3(e, "reading " + target.describe() + PublishManifest.KEY, target.bucket(), region, profile);
        } catch (SdkException e) {
            throw AwsErrors.s3(e, "reading " + target.describe() + PublishManifest.KEY, target.bucket(), region, profile);
        }
    }

    @Override
    public void writeManifest(byte[] json) {
        try {
            s3().putObject(r -> r.bucket(target.bucket()).key(fullKey(PublishManifest.KEY))
                            .contentType("application/json")
                            .cacheControl("no-store")
                            .contentMD5(Md5.base64(Md5.hex(json))),
                    RequestBody.fromBytes(json));
        } catch (SdkException e) {
            throw AwsErrors.s3(e, "uploading " + target.describe() + PublishManifest.KEY, target.bucket(), region, profile);
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
        client.close();
    }

    private String fullKey(String key) {
        if (key.isEmpty() || key.startsWith("/") || ("/" + key + "/").contains("/../")) {
            throw new IllegalArgumentException("key outside the target prefix: " + key);
        }
        return target.prefix() + key;
    }
}
