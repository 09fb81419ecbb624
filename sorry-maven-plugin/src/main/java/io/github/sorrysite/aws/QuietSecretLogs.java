package io.github.sorrysite.aws;

import java.util.List;

/**
 * Keeps the session token out of debug logs. At debug level the SDK's SigV4 signers log the
 * canonical request, which carries {@code x-amz-security-token} in clear, and Apache HttpClient's
 * header and wire loggers print every header; under {@code mvn -X} Maven's slf4j-simple logger
 * shows all of them. Their levels are raised to info before any of those loggers exists: simple
 * loggers read {@code org.slf4j.simpleLogger.log.<name>} from the system properties when they are
 * created, which for the signers is at the first request. A user's own setting for one of these
 * names wins.
 */
final class QuietSecretLogs {
    /** Loggers whose debug output contains request headers, the security token among them. */
    static final List<String> LOGGERS = List.of(
            "software.amazon.awssdk.http.auth.aws.internal.signer",
            "software.amazon.awssdk.auth.signer",
            "org.apache.http.headers",
            "org.apache.http.wire");

    private QuietSecretLogs() {
    }

    static void apply() {
        for (String logger : LOGGERS) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "info");
            }
        }
    }
}
