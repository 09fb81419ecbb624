package io.github.sorrysite.core.alb;

import java.util.List;
import java.util.Objects;

/**
 * One listener rule the sorry page needs, without its priority: what it matches and what it answers.
 * {@link SorryRules} lays them out in the order they must be evaluated.
 *
 * @param key what the rule is for, unique on a listener and kept in its tag: {@code test-path}, {@code bypass},
 *     {@code path:ja}, {@code accept-language:ja}, {@code default}
 * @param page the page whose body it answers with (null for the bypass)
 * @param response the fixed response (null for the bypass, which forwards)
 * @param sha256 hex SHA-256 of the body's UTF-8 bytes, as the build record has it (null for the bypass)
 * @param name the artifacts' name for it (Ingress service / action name), e.g. {@code sorry-ja}
 */
public record SorryRule(String key, Kind kind, String page, List<RuleCondition> conditions, FixedResponse response, String sha256,
                        String name) {
    /** In evaluation order: the test path first, the default page's catch-all last. */
    public enum Kind {
        TEST_PATH("the test path"), BYPASS("the bypass"), LOCALE_PATH("a locale page's path"),
        LOCALE_HEADER("a locale page's Accept-Language"), DEFAULT("the catch-all");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public SorryRule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        conditions = List.copyOf(conditions);
    }

    public boolean forwards() {
        return kind == Kind.BYPASS;
    }

    /** The sum of the conditions' values, which the ALB limits to 5 a rule. */
    public int conditionValues() {
        return conditions.stream().mapToInt(c -> c.values().size()).sum();
    }
}
