package io.github.sorrysite.core.settings;

/**
 * When the S3 client adds request checksums. The AWS SDK (2.30 and later) sends CRC32 checksums
 * with aws-chunked bodies by default; real S3 accepts that, some S3-compatible stores do not.
 */
public enum ChecksumMode {
    /** The SDK default: checksum every request that supports one. */
    WHEN_SUPPORTED,
    /** Only where the API requires one; for S3-compatible stores that reject the default. */
    WHEN_REQUIRED
}
