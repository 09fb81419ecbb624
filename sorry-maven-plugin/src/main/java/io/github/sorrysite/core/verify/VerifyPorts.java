package io.github.sorrysite.core.verify;

import java.util.Objects;

/**
 * The adapters one verify run reads through; an AWS view is null when its part of the chain is not configured.
 */
public record VerifyPorts(HttpFetcher http, TlsInspector tls, AwsViews.CloudFront cloudFront, AwsViews.Certificates certificates,
                          AwsViews.Dns dns, AwsViews.Listeners listeners) {
    public VerifyPorts {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(tls, "tls");
    }

    /** Only the HTTP and TLS checks. */
    public static VerifyPorts web(HttpFetcher http, TlsInspector tls) {
        return new VerifyPorts(http, tls, null, null, null, null);
    }
}
