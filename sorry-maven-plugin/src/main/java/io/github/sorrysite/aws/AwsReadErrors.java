package io.github.sorrysite.aws;

import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.SorryException;
import io.github.sorrysite.core.verify.ReadDeniedException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** A failed read-only call of sorry:verify: a denial names the IAM action to allow; anything else keeps its cause. */
final class AwsReadErrors {
    private AwsReadErrors() {
    }

    static SorryException of(SdkException e, String action, String what, String profile) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? "" : String.valueOf(service.awsErrorDetails().errorCode());
            if (service.statusCode() == 403 || code.startsWith("AccessDenied") || code.equals("UnauthorizedOperation")) {
                return new ReadDeniedException(action, action + " on " + what + " (" + (code.isEmpty() ? "HTTP 403" : code) + ")", e);
            }
            String message = service.awsErrorDetails() == null ? String.valueOf(e.getMessage()) : service.awsErrorDetails().errorMessage();
            return new InfrastructureException(action + " on " + what + " failed: " + (code.isEmpty() ? "" : code + ": ") + message, e);
        }
        return AwsErrors.client(e, "reading " + what, profile);
    }
}
