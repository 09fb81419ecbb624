package io.github.sorrysite.aws;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.SorryException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns SDK failures into one line that says what to fix. User-fixable causes (credentials,
 * permissions, bucket name, region) become {@link BadInputException}s naming the parameter;
 * everything else is an {@link InfrastructureException} that keeps the cause.
 */
final class AwsErrors {
    private static final Pattern EXPECTED_REGION = Pattern.compile("expecting '([a-z0-9-]+)'");
    private static final Pattern REGION_IN_BODY = Pattern.compile("<Region>([a-z0-9-]+)</Region>");

    private AwsErrors() {
    }

    /**
     * @param what what we were doing, e.g. "listing s3://bucket/prefix/"
     * @param configuredRegion the region in use, or null for the default chain
     */
    static SorryException s3(SdkException e, String what, String bucket, String configuredRegion, String profile) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? "" : String.valueOf(service.awsErrorDetails().errorCode());
            int status = service.statusCode();
            Optional<String> region = bucketRegion(service);
            if (status == 301 || "PermanentRedirect".equals(code) || "AuthorizationHeaderMalformed".equals(code)
                    || "IllegalLocationConstraintException".equals(code) || region.isPresent() && status == 400) {
                String actual = region.orElse("another region");
                return new BadInputException("sorry.aws.region",
                        "bucket '" + bucket + "' is in " + actual + ", not in " + (configuredRegion == null ? "the default region" : configuredRegion)
                                + " (" + what + ")",
                        region.map(r -> "set -Dsorry.aws.region=" + r + " or <region>" + r + "</region>")
                                .orElse("set sorry.aws.region to the bucket's region"), e);
            }
            switch (code) {
                case "NoSuchBucket":
                    return new BadInputException("sorry.target", "bucket '" + bucket + "' does not exist (" + what + ")",
                            "check the bucket name in sorry.target, or create the bucket", e);
                case "AccessDenied":
                case "AllAccessDisabled":
                    return new BadInputException("sorry.target", "access denied " + what + " (" + code + ")",
                            "allow s3:ListBucket on the bucket and s3:GetObject, s3:PutObject, s3:DeleteObject on the prefix for these credentials "
                                    + "(see the IAM policy in the README), or choose other credentials with sorry.aws.profile", e);
                case "InvalidAccessKeyId":
                case "SignatureDoesNotMatch":
                case "ExpiredToken":
                case "InvalidToken":
                case "TokenRefreshRequired":
                    return rejectedCredentials(code, what, profile, e);
                default:
                    if (status == 403) {
                        return new BadInputException("sorry.target", "access denied " + what + " (HTTP 403" + (code.isEmpty() ? "" : ", " + code) + ")",
                                "allow s3:ListBucket, s3:GetObject, s3:PutObject and s3:DeleteObject for these credentials (see the README)", e);
                    }
                    return new InfrastructureException("S3 failed " + what + ": " + (code.isEmpty() ? "" : code + ", ") + "HTTP " + status
                            + ": " + service.awsErrorDetails().errorMessage(), e);
            }
        }
        return client(e, what, profile);
    }

    static SorryException client(SdkException e, String what, String profile) {
        String message = String.valueOf(e.getMessage());
        // First: behind a TLS-inspecting proxy an SSO, STS or web-identity credential fetch fails on the certificate too,
        // and the provider chain then says "Unable to load credentials".
        if (untrustedCertificate(e)) {
            return new InfrastructureException("AWS request failed " + what + ": the endpoint's TLS certificate is not trusted by this JVM"
                    + " (PKIX path building failed); behind a TLS-inspecting proxy, add its CA to a trust store and pass it in MAVEN_OPTS:"
                    + " -Djavax.net.ssl.trustStore=<file.p12> -Djavax.net.ssl.trustStorePassword=<password>", e);
        }
        if (e instanceof SdkClientException) {
            if (message.contains("Unable to load region")) {
                return new BadInputException("sorry.aws.region", "no AWS region is configured",
                        "set -Dsorry.aws.region=..., AWS_REGION, or a region in your AWS profile", e);
            }
            if (message.contains("Unable to load credentials") || message.contains("credentials")
                    && (message.contains("Profile") || message.contains("profile"))) {
                if (profile != null) {
                    return new BadInputException("sorry.aws.profile", "no usable AWS credentials for profile '" + profile + "' " + what,
                            "check that the profile exists in ~/.aws/config or ~/.aws/credentials (aws configure list-profiles); "
                                    + "for an SSO profile run aws sso login --profile " + profile, e);
                }
                return new BadInputException("sorry.aws.profile", "no usable AWS credentials were found " + what,
                        "set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE or -Dsorry.aws.profile (run aws sso login for SSO profiles), "
                                + "or run with an instance or container role", e);
            }
        }
        return new InfrastructureException("AWS request failed " + what + ": " + firstLine(message), e);
    }

    /** A handshake that failed because no trusted chain leads to the server's certificate. */
    private static boolean untrustedCertificate(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) { // a cause chain can loop
            if (t instanceof CertPathValidatorException || t instanceof CertPathBuilderException
                    || t instanceof SSLHandshakeException && String.valueOf(t.getMessage()).contains("PKIX")
                    // The credential provider chain keeps its providers' failures as text only.
                    || String.valueOf(t.getMessage()).contains("PKIX path building failed")) {
                return true;
            }
        }
        return false;
    }

    /** Keys or a token the service refused (expired, rotated, of another account): one line, for every service. */
    static BadInputException rejectedCredentials(String code, String what, String profile, SdkException e) {
        return new BadInputException("sorry.aws.profile", "AWS rejected the credentials" + ofProfile(profile) + " " + what
                + " (" + code + ")", "refresh them (e.g. aws sso login" + (profile == null ? "" : " --profile " + profile)
                + ") or pick another profile with -Dsorry.aws.profile", e);
    }

    private static String ofProfile(String profile) {
        return profile == null ? "" : " of profile '" + profile + "'";
    }

    private static Optional<String> bucketRegion(AwsServiceException e) {
        if (e.awsErrorDetails() != null && e.awsErrorDetails().sdkHttpResponse() != null) {
            Optional<String> header = e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region");
            if (header.isPresent()) {
                return header;
            }
        }
        String message = e.awsErrorDetails() == null ? String.valueOf(e.getMessage()) : String.valueOf(e.awsErrorDetails().errorMessage());
        Matcher m = EXPECTED_REGION.matcher(message);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        if (e.awsErrorDetails() != null && e.awsErrorDetails().rawResponse() != null) {
            Matcher body = REGION_IN_BODY.matcher(e.awsErrorDetails().rawResponse().asUtf8String());
            if (body.find()) {
                return Optional.of(body.group(1));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
