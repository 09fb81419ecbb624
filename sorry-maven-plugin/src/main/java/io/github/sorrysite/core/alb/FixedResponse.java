package io.github.sorrysite.core.alb;

import java.util.Objects;
import java.util.Set;

/**
 * An ALB fixed response as the ELBv2 API's FixedResponseConfig takes it.
 *
 * @param statusCode the status as a string, as the API wants it ("503")
 */
public record FixedResponse(String statusCode, String contentType, String messageBody) {
    /** The ELBv2 API's limit for MessageBody, in characters (UTF-16 code units). */
    public static final int MAX_BODY_CHARS = 1024;
    /** The content types a fixed response may have. */
    public static final Set<String> CONTENT_TYPES = Set.of("text/plain", "text/css", "text/html", "application/javascript",
            "application/json");

    public FixedResponse {
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(messageBody, "messageBody");
    }

    public static FixedResponse html(int status, String body) {
        return new FixedResponse(String.valueOf(status), "text/html", body);
    }

    /** 2XX, 4XX or 5XX, as the API accepts. */
    public boolean statusAllowed() {
        return statusCode.matches("[245]\\d\\d");
    }

    public boolean contentTypeAllowed() {
        return CONTENT_TYPES.contains(contentType);
    }
}
