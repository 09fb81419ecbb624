package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.alb.RuleCondition;
import io.github.sorrysite.core.alb.RuleTags;
import io.github.sorrysite.core.alb.SorryRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides what {@code sorry:on} and {@code sorry:off} must write, as a pure function of the listener
 * as read and the rules the build wants. It checks what the API (and moto) would accept late or not
 * at all: body length, status, content type, priorities, condition values, rules per listener.
 */
public final class PlanRuleSwitch {
    /** Rules a listener may have besides its default action. */
    public static final int MAX_RULES = 100;

    private PlanRuleSwitch() {
    }

    public static RulePlan on(ListenerState state, List<SorryRule> wanted, SwitchOptions options) {
        validate(wanted);
        refuseControllerManaged(state, options);
        List<RuleStep> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, LiveRule> kept = new LinkedHashMap<>();
        Set<String> wantedKeys = new HashSet<>();
        wanted.forEach(r -> wantedKeys.add(r.key()));
        List<RuleStep.Delete> deletes = new ArrayList<>();
        for (LiveRule rule : state.owned()) {
            if (!wantedKeys.contains(rule.key())) {
                deletes.add(new RuleStep.Delete(rule.arn(), rule.key(), rule.priority(), "not in this build's rules"));
            } else if (kept.containsKey(rule.key())) {
                deletes.add(new RuleStep.Delete(rule.arn(), rule.key(), rule.priority(), "a second " + rule.key() + " rule"));
            } else {
                kept.put(rule.key(), rule);
            }
        }
        List<LiveRule> users = state.others();
        if (users.size() + wanted.size() > MAX_RULES) {
            throw new BadInputException("sorry:on", "the listener has " + users.size() + " rules of yours and the sorry page needs "
                    + wanted.size() + ": over the " + MAX_RULES + " rules a listener takes",
                    "remove rules from the listener, or drop bypass, test path or locale pages");
        }
        String targetGroup = wanted.stream().anyMatch(SorryRule::forwards) ? targetGroup(state, options) : null;

        int limit = users.stream().mapToInt(LiveRule::priority).min().orElse(AlbRuleConfig.MAX_PRIORITY + 1);
        Map<String, Integer> assigned = keep(wanted, kept, limit);
        List<RuleStep.PriorityChange> userMoves = new ArrayList<>();
        if (assigned == null) {
            int room = limit - 1;
            if (room < wanted.size()) {
                int delta = wanted.size() - room;
                if (!options.moveRules()) {
                    throw new BadInputException("sorry.alb.moveRules", "the listener's first rule of yours is at priority " + limit
                            + ", so there " + (room == 1 ? "is 1 free priority" : "are " + room + " free priorities") + " ahead of it, and the sorry page needs "
                            + wanted.size() + " (" + String.join(", ", wanted.stream().map(SorryRule::key).toList()) + ")",
                            "free priorities 1.." + wanted.size() + ", or rerun with -Dsorry.alb.moveRules=true to move your "
                                    + users.size() + " rule" + (users.size() == 1 ? "" : "s") + " back by " + delta
                                    + " (sorry:off moves them back)");
                }
                for (LiveRule user : users) {
                    int to = user.priority() + delta;
                    if (to > AlbRuleConfig.MAX_PRIORITY) {
                        throw new BadInputException("sorry.alb.moveRules", "moving your rule at " + user.priority() + " back by " + delta
                                + " passes priority " + AlbRuleConfig.MAX_PRIORITY, "renumber your rules so the last is at most "
                                + (AlbRuleConfig.MAX_PRIORITY - delta));
                    }
                    userMoves.add(new RuleStep.PriorityChange(user.arn(), "your rule " + user.shortId(), user.priority(), to));
                }
                limit += delta;
            }
            assigned = new LinkedHashMap<>();
            int p = 1;
            for (SorryRule rule : wanted) {
                assigned.put(rule.key(), p++);
            }
        }

        steps.addAll(deletes);
        Set<Integer> occupied = new HashSet<>();
        state.rules().forEach(r -> occupied.add(r.priority()));
        deletes.forEach(d -> occupied.remove(d.priority()));
        for (RuleStep.PriorityChange move : userMoves) {
            LiveRule user = byArn(state, move.ruleArn());
            if (user.movedFrom().isEmpty()) {
                steps.add(new RuleStep.Tag(user.arn(), move.label(), Map.of(RuleTags.MOVED_FROM, String.valueOf(user.priority())),
                        "remember where it was, so sorry:off can move it back"));
            }
        }
        List<RuleStep.PriorityChange> ownMoves = new ArrayList<>();
        for (LiveRule rule : kept.values()) {
            int to = assigned.get(rule.key());
            if (to != rule.priority()) {
                ownMoves.add(new RuleStep.PriorityChange(rule.arn(), rule.key(), rule.priority(), to));
            }
        }
        for (List<RuleStep.PriorityChange> batch : PriorityMoves.batches(userMoves, occupied)) {
            steps.add(new RuleStep.Move(batch, "make room ahead of your rules for the sorry page (sorry.alb.moveRules)"));
            batch.forEach(c -> {
                occupied.remove(c.from());
                occupied.add(c.to());
            });
        }
        for (List<RuleStep.PriorityChange> batch : PriorityMoves.batches(ownMoves, occupied)) {
            steps.add(new RuleStep.Move(batch, "keep the order test path < bypass < locale pages < default"));
            batch.forEach(c -> {
                occupied.remove(c.from());
                occupied.add(c.to());
            });
        }
        for (SorryRule rule : wanted) {
            List<RuleAction> actions = actions(rule, targetGroup);
            int priority = assigned.get(rule.key());
            LiveRule live = kept.get(rule.key());
            if (live == null) {
                steps.add(new RuleStep.Create(rule, priority, actions, RuleTags.of(rule), "new: " + rule.kind().description()
                        + (rule.page() == null ? "" : ", " + rule.page())));
                continue;
            }
            String change = difference(live, rule, actions);
            if (change != null) {
                steps.add(new RuleStep.Modify(live.arn(), rule, priority, actions, change));
            }
            Map<String, String> tags = new LinkedHashMap<>();
            RuleTags.of(rule).forEach((k, v) -> {
                if (!v.equals(live.tags().get(k))) {
                    tags.put(k, v);
                }
            });
            if (!tags.isEmpty()) {
                steps.add(new RuleStep.Tag(live.arn(), rule.key(), tags, change != null ? "the body's digest and page"
                        : "tags out of date"));
            }
        }
        // Creates go test path first and the catch-all last, so bypass addresses never see the page on the way.
        return new RulePlan("on", state.listenerArn(), order(steps), notes);
    }

    public static RulePlan off(ListenerState state, List<SorryRule> wanted, SwitchOptions options) {
        List<RuleStep> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LiveRule testPath = null;
        List<LiveRule> owned = new ArrayList<>(state.owned());
        // The catch-all goes first, so users get the application back at once; the bypass last.
        owned.sort(Comparator.comparingInt(LiveRule::priority).reversed());
        for (LiveRule rule : owned) {
            if ("test-path".equals(rule.key()) && testPath == null) {
                testPath = rule;
                continue;
            }
            steps.add(new RuleStep.Delete(rule.arn(), rule.key(), rule.priority(), "sorry:off removes the rules sorry:on added"));
        }
        if (testPath != null) {
            notes.add("the test-path rule at " + testPath.priority() + " stays, so the page can be checked in normal times");
            SorryRule want = wanted == null ? null : wanted.stream().filter(r -> r.key().equals("test-path")).findFirst().orElse(null);
            if (want != null) {
                validate(List.of(want));
                List<RuleAction> actions = actions(want, null);
                String change = difference(testPath, want, actions);
                if (change != null) {
                    steps.add(new RuleStep.Modify(testPath.arn(), want, testPath.priority(), actions, change));
                    steps.add(new RuleStep.Tag(testPath.arn(), want.key(), RuleTags.of(want), "the body's digest and page"));
                }
            }
        }
        List<LiveRule> moved = state.others().stream().filter(r -> r.movedFrom().isPresent()).toList();
        if (!moved.isEmpty()) {
            Set<Integer> fixed = new HashSet<>();
            state.others().stream().filter(r -> r.movedFrom().isEmpty()).forEach(r -> fixed.add(r.priority()));
            int keptMax = testPath == null ? 0 : testPath.priority();
            if (testPath != null) {
                fixed.add(testPath.priority());
            }
            int firstOrigin = moved.stream().mapToInt(r -> r.movedFrom().getAsInt()).min().getAsInt();
            int shift = 0;
            while (!fits(moved, shift, keptMax, firstOrigin, fixed)) {
                shift++;
            }
            List<RuleStep.PriorityChange> back = new ArrayList<>();
            for (LiveRule rule : moved) {
                int to = rule.movedFrom().getAsInt() + shift;
                if (to != rule.priority()) {
                    back.add(new RuleStep.PriorityChange(rule.arn(), "your rule " + rule.shortId(), rule.priority(), to));
                }
            }
            Set<Integer> occupied = new HashSet<>();
            state.rules().forEach(r -> occupied.add(r.priority()));
            steps.stream().filter(s -> s instanceof RuleStep.Delete).forEach(s -> occupied.remove(((RuleStep.Delete) s).priority()));
            String why = shift == 0 ? "back where sorry:on found them" : "back where sorry:on found them, " + shift
                    + " later: the test path keeps priority " + keptMax;
            for (List<RuleStep.PriorityChange> batch : PriorityMoves.batches(back, occupied)) {
                steps.add(new RuleStep.Move(batch, why));
            }
            if (shift == 0) {
                for (LiveRule rule : moved) {
                    steps.add(new RuleStep.Untag(rule.arn(), "your rule " + rule.shortId(), List.of(RuleTags.MOVED_FROM),
                            "it is back at " + rule.movedFrom().getAsInt()));
                }
            } else {
                notes.add("your moved rules keep their " + RuleTags.MOVED_FROM + " tag, since they are not quite back");
            }
        }
        return new RulePlan("off", state.listenerArn(), steps, notes);
    }

    private static boolean fits(List<LiveRule> moved, int shift, int keptMax, int firstOrigin, Set<Integer> fixed) {
        if (firstOrigin + shift <= keptMax) {
            return false;
        }
        Set<Integer> targets = new HashSet<>();
        for (LiveRule rule : moved) {
            int to = rule.movedFrom().getAsInt() + shift;
            if (to > AlbRuleConfig.MAX_PRIORITY) {
                throw new BadInputException("sorry:off", "your moved rules cannot go back under priority " + AlbRuleConfig.MAX_PRIORITY,
                        "move them by hand with aws elbv2 set-rule-priorities");
            }
            if (fixed.contains(to) || !targets.add(to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The priorities of the wanted rules keeping every rule already there where it is, when they are
     * in order and ahead of every rule of the user's and the missing ones fit between them; else null.
     */
    static Map<String, Integer> keep(List<SorryRule> wanted, Map<String, LiveRule> kept, int limit) {
        Map<String, Integer> assigned = new LinkedHashMap<>();
        int previous = 0;
        List<String> gap = new ArrayList<>();
        for (SorryRule rule : wanted) {
            LiveRule live = kept.get(rule.key());
            if (live == null) {
                gap.add(rule.key());
                continue;
            }
            if (live.priority() <= previous || live.priority() >= limit || live.priority() - previous - 1 < gap.size()) {
                return null;
            }
            for (String key : gap) {
                assigned.put(key, ++previous);
            }
            gap.clear();
            assigned.put(rule.key(), live.priority());
            previous = live.priority();
        }
        if (limit - previous - 1 < gap.size()) {
            return null;
        }
        for (String key : gap) {
            assigned.put(key, ++previous);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        wanted.forEach(r -> ordered.put(r.key(), assigned.get(r.key())));
        return ordered;
    }

    /** What differs between a rule of ours as read and as wanted, or null when nothing does. */
    static String difference(LiveRule live, SorryRule rule, List<RuleAction> actions) {
        if (!sameConditions(live.conditions(), rule.conditions())) {
            return "conditions changed: " + live.describeConditions() + " -> "
                    + String.join(" AND ", rule.conditions().stream().map(RuleCondition::describe).toList());
        }
        if (live.actions().size() != 1) {
            return "has " + live.actions().size() + " actions, wants 1";
        }
        RuleAction have = live.actions().get(0);
        RuleAction want = actions.get(0);
        if (!have.type().equals(want.type())) {
            return "action " + have.type() + " -> " + want.type();
        }
        if (want.fixedResponse() != null) {
            FixedResponse a = have.fixedResponse();
            FixedResponse b = want.fixedResponse();
            if (a == null || !a.messageBody().equals(b.messageBody())) {
                String digest = live.tags().get(RuleTags.BODY_SHA256);
                return "body is stale (" + (digest == null ? "no digest" : digest.substring(0, Math.min(12, digest.length())))
                        + " -> " + rule.sha256().substring(0, 12) + ")";
            }
            if (!a.statusCode().equals(b.statusCode()) || !a.contentType().equals(b.contentType())) {
                return "status " + a.statusCode() + " " + a.contentType() + " -> " + b.statusCode() + " " + b.contentType();
            }
        } else if (!new TreeSet<>(have.targetGroupArns()).equals(new TreeSet<>(want.targetGroupArns()))) {
            return "forwards to " + have.targetGroupArns() + ", wants " + want.targetGroupArns();
        }
        return null;
    }

    static boolean sameConditions(List<RuleCondition> a, List<RuleCondition> b) {
        return normalised(a).equals(normalised(b));
    }

    private static Set<String> normalised(List<RuleCondition> conditions) {
        Set<String> out = new TreeSet<>();
        for (RuleCondition c : conditions) {
            out.add(c.field() + "|" + (c.headerName() == null ? "" : c.headerName().toLowerCase()) + "|" + new TreeSet<>(c.values()));
        }
        return out;
    }

    static List<RuleAction> actions(SorryRule rule, String targetGroup) {
        return List.of(rule.forwards() ? RuleAction.forward(targetGroup) : RuleAction.fixed(rule.response()));
    }

    /** The bypass's target group: the option, else the one the listener's default action or rules forward to. */
    static String targetGroup(ListenerState state, SwitchOptions options) {
        if (options.targetGroupArn() != null) {
            return options.targetGroupArn();
        }
        if (state.defaultTargetGroups().size() == 1) {
            return state.defaultTargetGroups().get(0);
        }
        Set<String> forwarded = new LinkedHashSet<>();
        state.others().forEach(r -> r.actions().stream().filter(a -> RuleAction.FORWARD.equals(a.type()))
                .forEach(a -> forwarded.addAll(a.targetGroupArns())));
        if (state.defaultTargetGroups().isEmpty() && forwarded.size() == 1) {
            return forwarded.iterator().next();
        }
        Set<String> seen = new LinkedHashSet<>(state.defaultTargetGroups());
        seen.addAll(forwarded);
        throw new BadInputException("sorry.alb.targetGroupArn", "cannot tell which target group the bypass should forward to: the listener's"
                + " default action and rules forward to " + (seen.isEmpty() ? "none" : seen.size() + " (" + String.join(", ", seen) + ")"),
                "set -Dsorry.alb.targetGroupArn=arn:aws:elasticloadbalancing:...:targetgroup/NAME/ID, the application's target group");
    }

    static void refuseControllerManaged(ListenerState state, SwitchOptions options) {
        if (state.controllerTag().isPresent() && !options.allowControllerManaged()) {
            throw new BadInputException("sorry.alb.allowControllerManaged", "load balancer " + state.loadBalancerName()
                    + " is managed by the AWS Load Balancer Controller (" + state.controllerTag().get()
                    + "), which deletes rules it did not make", "while the cluster is healthy, kubectl apply the generated Ingress"
                    + " (target/sorry/alb/sorry.ingress.yaml); when it is not, scale the controller to zero"
                    + " (kubectl -n kube-system scale deployment aws-load-balancer-controller --replicas=0),"
                    + " then rerun with -Dsorry.alb.allowControllerManaged=true");
        }
    }

    /** What the ALB takes, checked before any call, since moto takes it all and AWS fails on the first bad rule. */
    static void validate(List<SorryRule> wanted) {
        for (SorryRule rule : wanted) {
            String where = rule.page() == null ? "sorry.bypassCidrs" : "alb/" + rule.page();
            if (rule.conditionValues() > AlbRuleConfig.MAX_CONDITION_VALUES) {
                throw new BadInputException(where, "the " + rule.key() + " rule has " + rule.conditionValues()
                        + " condition values; an ALB rule takes at most " + AlbRuleConfig.MAX_CONDITION_VALUES, "use fewer values");
            }
            for (RuleCondition c : rule.conditions()) {
                if (RuleCondition.SOURCE_IP.equals(c.field())) {
                    c.values().forEach(AlbRuleConfig::checkCidr);
                }
            }
            FixedResponse r = rule.response();
            if (r == null) {
                continue;
            }
            if (r.messageBody().length() > FixedResponse.MAX_BODY_CHARS) {
                throw new BadInputException(where, "body is " + r.messageBody().length() + " characters; the ALB takes at most "
                        + FixedResponse.MAX_BODY_CHARS, "rebuild with sorry.inline.budget at most 1024 (sorry:build)");
            }
            if (!r.statusAllowed()) {
                throw new BadInputException(where, "status '" + r.statusCode() + "' is not one the ALB takes (2XX, 4XX, 5XX)",
                        "set status: 503 in the page's front matter");
            }
            if (!r.contentTypeAllowed()) {
                throw new BadInputException(where, "content type '" + r.contentType() + "' is not one the ALB takes",
                        "use one of " + new TreeSet<>(FixedResponse.CONTENT_TYPES));
            }
        }
    }

    /** Deletes, tags of moved rules, moves, modifies, then creates in the wanted order. */
    private static List<RuleStep> order(List<RuleStep> steps) {
        List<RuleStep> out = new ArrayList<>();
        Map<Class<?>, Integer> rank = new HashMap<>();
        rank.put(RuleStep.Delete.class, 0);
        rank.put(RuleStep.Tag.class, 1);
        rank.put(RuleStep.Move.class, 2);
        rank.put(RuleStep.Modify.class, 3);
        rank.put(RuleStep.Create.class, 4);
        rank.put(RuleStep.Untag.class, 5);
        for (int r = 0; r <= 5; r++) {
            for (RuleStep step : steps) {
                int stepRank = rank.get(step.getClass());
                // Tags that belong to a modified rule go right after it, with the modifies.
                if (step instanceof RuleStep.Tag tag && !tag.tags().containsKey(RuleTags.MOVED_FROM)) {
                    stepRank = 3;
                }
                if (stepRank == r) {
                    out.add(step);
                }
            }
        }
        return out;
    }

    private static LiveRule byArn(ListenerState state, String arn) {
        return state.rules().stream().filter(r -> Objects.equals(r.arn(), arn)).findFirst().orElseThrow();
    }
}
