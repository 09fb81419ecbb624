package io.github.sorrysite.core.alb;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tags that mark a listener rule as the plugin's: {@code sorry:on} touches no rule without the
 * owner tag, finds its rules again by their key, and tells a stale body from the current build by
 * the digest. The artifacts carry the same tags, so a rule made with the aws CLI or Terraform is
 * recognised too.
 */
public final class RuleTags {
    /** Owner tag: key and value. */
    public static final String OWNER = "managed-by";
    public static final String OWNER_VALUE = "sorry-maven-plugin";
    /** The rule's {@link SorryRule#key()}. */
    public static final String RULE = "sorry:rule";
    /** The page whose body the rule answers with. */
    public static final String PAGE = "sorry:page";
    /** Hex SHA-256 of the body. */
    public static final String BODY_SHA256 = "sorry:body-sha256";
    /** On a rule of the user's that {@code sorry:on} moved out of the way: the priority it had before. */
    public static final String MOVED_FROM = "sorry:moved-from";

    private RuleTags() {
    }

    public static Map<String, String> of(SorryRule rule) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(OWNER, OWNER_VALUE);
        tags.put(RULE, rule.key());
        if (rule.page() != null) {
            tags.put(PAGE, rule.page());
        }
        if (rule.sha256() != null) {
            tags.put(BODY_SHA256, rule.sha256());
        }
        return tags;
    }

    public static boolean owned(Map<String, String> tags) {
        return OWNER_VALUE.equals(tags.get(OWNER)) && tags.get(RULE) != null;
    }
}
