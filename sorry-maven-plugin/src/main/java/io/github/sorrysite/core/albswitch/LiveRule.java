package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.alb.RuleCondition;
import io.github.sorrysite.core.alb.RuleTags;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** A listener rule (not the default action) as the ELBv2 API describes it, with its tags. */
public record LiveRule(String arn, int priority, List<RuleCondition> conditions, List<RuleAction> actions, Map<String, String> tags) {
    public LiveRule {
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
        tags = Map.copyOf(tags);
    }

    /** Made by the plugin (or by its artifacts): it carries the owner tag. */
    public boolean owned() {
        return RuleTags.owned(tags);
    }

    /** The {@code sorry:rule} tag of an owned rule. */
    public String key() {
        return tags.get(RuleTags.RULE);
    }

    /** The priority a rule of the user's had before {@code sorry:on} moved it, if it did. */
    public OptionalInt movedFrom() {
        String value = tags.get(RuleTags.MOVED_FROM);
        if (value == null || !value.matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /** {@code arn:...:listener-rule/app/alb/ID/ID/RULEID} becomes {@code RULEID}. */
    public String shortId() {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    public String describeConditions() {
        return String.join(" AND ", conditions.stream().map(RuleCondition::describe).toList());
    }
}
