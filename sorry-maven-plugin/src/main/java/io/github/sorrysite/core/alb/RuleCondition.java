package io.github.sorrysite.core.alb;

import java.util.List;
import java.util.Objects;

/**
 * One ALB rule condition as the ELBv2 API takes it: a field and its values (ORed); a rule's
 * conditions are ANDed.
 *
 * @param field {@code path-pattern}, {@code source-ip}, {@code http-header}, {@code host-header}, ...
 * @param headerName the header of an {@code http-header} condition, else null
 */
public record RuleCondition(String field, String headerName, List<String> values) {
    public static final String PATH_PATTERN = "path-pattern";
    public static final String SOURCE_IP = "source-ip";
    public static final String HTTP_HEADER = "http-header";

    public RuleCondition {
        Objects.requireNonNull(field, "field");
        values = List.copyOf(values);
    }

    public static RuleCondition pathPattern(List<String> values) {
        return new RuleCondition(PATH_PATTERN, null, values);
    }

    public static RuleCondition sourceIp(List<String> cidrs) {
        return new RuleCondition(SOURCE_IP, null, cidrs);
    }

    public static RuleCondition httpHeader(String name, List<String> values) {
        return new RuleCondition(HTTP_HEADER, name, values);
    }

    /** {@code path-pattern /ja, /ja/*} or {@code http-header Accept-Language ja*}. */
    public String describe() {
        return field + (headerName == null ? "" : " " + headerName) + " " + String.join(", ", values);
    }
}
