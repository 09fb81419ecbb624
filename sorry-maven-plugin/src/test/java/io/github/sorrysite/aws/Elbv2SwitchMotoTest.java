package io.github.sorrysite.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.RecordingListener;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.alb.RuleTags;
import io.github.sorrysite.core.alb.SorryRules;
import io.github.sorrysite.core.albswitch.AlbSwitchConfig;
import io.github.sorrysite.core.albswitch.BuiltPages;
import io.github.sorrysite.core.albswitch.ListenerRef;
import io.github.sorrysite.core.albswitch.RulePlan;
import io.github.sorrysite.core.albswitch.RuleSwitch;
import io.github.sorrysite.core.albswitch.SwitchOptions;
import io.github.sorrysite.core.albswitch.SwitchStatus;
import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.tools.MotoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

/**
 * sorry:on, status, on again, off, status against moto_server's ELBv2, on a listener with app rules
 * at priorities 1 and 2, with the repository's default site (two locale pages), bypass CIDRs and a
 * test path. The rules are checked through describe-rules, and every API call is counted.
 */
class Elbv2SwitchMotoTest {
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> CIDRS = List.of("203.0.113.0/24", "2001:db8::/32");

    static MotoServer moto;
    @TempDir
    static Path out;
    static List<SorryRules.InlinePage> pages;

    @BeforeAll
    static void start() {
        moto = MotoServer.start();
        SiteConfig site = SiteConfig.defaults(PROJECT).withOutputDirectory(out).withCdnBaseUrl("https://d111111abcdef8.cloudfront.net");
        new SiteBuilder(site, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
        pages = BuiltPages.read(new BuildOutput(PROJECT, out), "sorry:on");
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    static AlbSwitchConfig config(String listenerArn, boolean move, boolean dryRun) {
        AlbRuleConfig rules = AlbRuleConfig.defaults().withBypassCidrs(CIDRS).withTestPath("/sorry-test");
        return new AlbSwitchConfig(new ListenerRef(listenerArn, null, 0), rules, new SwitchOptions(null, move, false), dryRun, null, null);
    }

    record Session(RuleSwitch sw, MotoAlb.CallCounter counter, RecordingListener log, ElasticLoadBalancingV2Client client) {
    }

    static Session session() {
        MotoAlb.CallCounter counter = new MotoAlb.CallCounter();
        ElasticLoadBalancingV2Client client = MotoAlb.elbv2(moto, counter);
        RecordingListener log = new RecordingListener();
        return new Session(new RuleSwitch(new Elbv2ListenerRules(client, null), log, url -> null, Pacer.SYSTEM), counter, log, client);
    }

    static List<Rule> rules(ElasticLoadBalancingV2Client client, String listener) {
        return client.describeRules(r -> r.listenerArn(listener)).rules().stream().filter(r -> !r.isDefault())
                .sorted(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.priority()))).toList();
    }

    static Map<String, Map<String, String>> tags(ElasticLoadBalancingV2Client client, List<Rule> rules) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (TagDescription d : client.describeTags(r -> r.resourceArns(rules.stream().map(Rule::ruleArn).toList())).tagDescriptions()) {
            Map<String, String> m = new HashMap<>();
            d.tags().forEach(t -> m.put(t.key(), t.value()));
            out.put(d.resourceArn(), m);
        }
        return out;
    }

    static String body(String page) throws Exception {
        return Files.readString(out.resolve("alb").resolve(page), StandardCharsets.UTF_8);
    }

    @Test
    void onStatusOnAgainOffStatus() throws Exception {
        MotoAlb alb = MotoAlb.create(moto, "shop", 1);
        Session s = session();

        BadInputException noRoom = assertThrows(BadInputException.class, () -> s.sw.on(config(alb.listenerArn, false, false), pages));
        assertEquals("sorry.alb.moveRules", noRoom.where());
        assertTrue(noRoom.getMessage().contains("priority 1") && noRoom.getMessage().contains("-Dsorry.alb.moveRules=true"), noRoom.getMessage());
        assertEquals(0, s.counter.writes(), s.counter.toString());

        RulePlan dry = s.sw.on(config(alb.listenerArn, true, true), pages);
        assertEquals(0, s.counter.writes(), "a dry run writes nothing: " + s.counter);
        assertEquals(8, dry.writeCalls(), String.join("\n", dry.lines()));

        s.counter.reset();
        RulePlan on = s.sw.on(config(alb.listenerArn, true, false), pages);
        // 2 moved-from tags, 1 SetRulePriorities moving both app rules, 5 creates (tags in the create call)
        assertEquals(on.writeCalls(), s.counter.writes(), s.counter.toString());
        assertEquals(5, s.counter.count("CreateRule"));
        assertEquals(1, s.counter.count("SetRulePriorities"));
        assertEquals(2, s.counter.count("AddTags"));
        assertEquals(1, s.counter.count("DescribeRules"), "one listing of the listener's rules");

        List<Rule> rules = rules(s.client, alb.listenerArn);
        Map<String, Map<String, String>> tags = tags(s.client, rules);
        List<String> keys = rules.stream().map(r -> tags.get(r.ruleArn()).getOrDefault(RuleTags.RULE, "app")).toList();
        assertEquals(List.of("test-path", "bypass", "path:ja", "accept-language:ja", "default", "app", "app"), keys);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), rules.stream().map(Rule::priority).toList());
        assertEquals(alb.appRules, List.of(rules.get(5).ruleArn(), rules.get(6).ruleArn()), "app rules keep their order");
        assertEquals("1", tags.get(alb.appRules.get(0)).get(RuleTags.MOVED_FROM));
        for (int i : new int[] {0, 2, 3, 4}) {
            Rule rule = rules.get(i);
            String page = tags.get(rule.ruleArn()).get(RuleTags.PAGE);
            assertArrayEquals(body(page).getBytes(StandardCharsets.UTF_8),
                    rule.actions().get(0).fixedResponseConfig().messageBody().getBytes(StandardCharsets.UTF_8),
                    "describe-rules body of " + keys.get(i) + " is alb/" + page + " byte for byte");
            assertEquals("503", rule.actions().get(0).fixedResponseConfig().statusCode());
            assertEquals("sorry-maven-plugin", tags.get(rule.ruleArn()).get(RuleTags.OWNER));
            assertEquals(pages.stream().filter(p -> p.page().equals(page)).findFirst().orElseThrow().sha256(),
                    tags.get(rule.ruleArn()).get(RuleTags.BODY_SHA256));
        }
        assertEquals("ja/maintenance.html", tags.get(rules.get(2).ruleArn()).get(RuleTags.PAGE));
        assertEquals(List.of("/ja", "/ja/*"), rules.get(2).conditions().get(0).pathPatternConfig().values());
        assertEquals("Accept-Language", rules.get(3).conditions().get(0).httpHeaderConfig().httpHeaderName());
        assertEquals(List.of("ja*"), rules.get(3).conditions().get(0).httpHeaderConfig().values());
        assertEquals(CIDRS, rules.get(1).conditions().get(0).sourceIpConfig().values());
        assertEquals(alb.appTargetGroup, rules.get(1).actions().get(0).targetGroupArn(), "bypass forwards to the default action's group");
        assertEquals(List.of("/sorry-test"), rules.get(0).conditions().get(0).pathPatternConfig().values());

        s.counter.reset();
        SwitchStatus status = s.sw.status(config(alb.listenerArn, false, false), pages);
        assertEquals(SwitchStatus.State.ON, status.state());
        assertEquals(0, s.counter.writes());
        assertEquals(4, status.lines().stream().filter(l -> l.contains(" current (")).count(), String.join("\n", status.lines()));
        assertTrue(status.warnings().isEmpty(), status.warnings().toString());

        s.counter.reset();
        RulePlan again = s.sw.on(config(alb.listenerArn, true, false), pages);
        assertTrue(again.isEmpty(), String.join("\n", again.lines()));
        assertEquals(0, s.counter.writes(), "a re-run with nothing to change writes nothing: " + s.counter);

        s.counter.reset();
        RulePlan off = s.sw.off(config(alb.listenerArn, false, false), pages);
        assertEquals(4, s.counter.count("DeleteRule"), s.counter.toString());
        assertEquals(off.writeCalls(), s.counter.writes());
        rules = rules(s.client, alb.listenerArn);
        Map<String, Map<String, String>> after = tags(s.client, rules);
        assertEquals(List.of("1", "2", "3"), rules.stream().map(Rule::priority).toList());
        assertEquals("test-path", after.get(rules.get(0).ruleArn()).get(RuleTags.RULE), "the test path stays");
        assertEquals(alb.appRules, List.of(rules.get(1).ruleArn(), rules.get(2).ruleArn()),
                "app rules back in order, right after the test path");

        SwitchStatus offStatus = s.sw.status(config(alb.listenerArn, false, false), pages);
        assertEquals(SwitchStatus.State.OFF, offStatus.state());

        s.counter.reset();
        assertTrue(s.sw.off(config(alb.listenerArn, false, false), pages).isEmpty(), "off again: nothing to do");
        assertEquals(0, s.counter.writes());

        // on again from the off state moves the app rules once more, and off brings them back to 2 and 3
        s.sw.on(config(alb.listenerArn, true, false), pages);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), rules(s.client, alb.listenerArn).stream().map(Rule::priority).toList());
        s.sw.off(config(alb.listenerArn, false, false), pages);
        rules = rules(s.client, alb.listenerArn);
        assertEquals(alb.appRules, List.of(rules.get(1).ruleArn(), rules.get(2).ruleArn()));
        s.client.close();
    }

    @Test
    void roomAheadOfTwentyRulesMeansOneListingAndOneWritePerRule() {
        MotoAlb alb = MotoAlb.create(moto, "roomy", 100);
        Session s = session();
        for (int i = 0; i < 18; i++) {
            int priority = 102 + i;
            s.client.createRule(r -> r.listenerArn(alb.listenerArn).priority(priority)
                    .conditions(c -> c.field("path-pattern").pathPatternConfig(p -> p.values("/p" + priority + "/*")))
                    .actions(a -> a.type("forward").targetGroupArn(alb.apiTargetGroup)));
        }
        s.counter.reset();
        RulePlan on = s.sw.on(config(alb.listenerArn, false, false), pages);
        assertEquals(1, s.counter.count("DescribeRules"), s.counter.toString());
        assertEquals(0, s.counter.count("DescribeListeners"), "the listener's ARN names its load balancer: " + s.counter);
        assertEquals(2, s.counter.count("DescribeTags"), "21 resources (20 rules, the load balancer), 20 per call: " + s.counter);
        assertEquals(5, s.counter.writes(), "one write call per rule created: " + s.counter);
        assertEquals(8, s.counter.calls.values().stream().mapToInt(java.util.concurrent.atomic.AtomicInteger::get).sum(),
                "nothing else is called: " + s.counter);
        assertEquals(5, on.steps().size());
        List<Rule> rules = rules(s.client, alb.listenerArn);
        assertEquals(List.of("1", "2", "3", "4", "5", "100"), rules.stream().limit(6).map(Rule::priority).toList());
        s.client.close();
    }

    @Test
    void aPrefetchedListenerIsReadOnceAndItsFailureIsTheGoalsFailure() {
        MotoAlb alb = MotoAlb.create(moto, "prefetch", 10);
        MotoAlb.CallCounter counter = new MotoAlb.CallCounter();
        ElasticLoadBalancingV2Client client = MotoAlb.elbv2(moto, counter);
        AlbSwitchConfig config = config(alb.listenerArn, false, false);
        Elbv2ListenerRules rules = new Elbv2ListenerRules(client, null).prefetch(config.listener());
        RulePlan on = new RuleSwitch(rules, new RecordingListener(), url -> null, Pacer.SYSTEM).on(config, pages);
        assertEquals(1, counter.count("DescribeRules"), "the goal used the prefetched read: " + counter);
        assertEquals(on.writeCalls(), counter.writes());

        String missing = alb.listenerArn.replaceAll("/[^/]+$", "/0000000000000000");
        AlbSwitchConfig gone = config(missing, false, false);
        Elbv2ListenerRules prefetchingMissing = new Elbv2ListenerRules(client, null).prefetch(gone.listener());
        BadInputException e = assertThrows(BadInputException.class,
                () -> new RuleSwitch(prefetchingMissing, new RecordingListener(), url -> null, Pacer.SYSTEM).status(gone, pages));
        assertEquals("sorry.alb.listenerArn", e.where(), e.getMessage());
        client.close();
    }

    @Test
    void aListenerGivenByLoadBalancerNameAndPortIsTheSameListener() {
        MotoAlb alb = MotoAlb.create(moto, "named", 10);
        Session s = session();
        AlbSwitchConfig byArn = config(alb.listenerArn, false, false);
        AlbSwitchConfig byName = new AlbSwitchConfig(new ListenerRef(null, "named", 80), byArn.rules(), byArn.options(), false, null, null);
        RulePlan on = s.sw.on(byName, pages);
        assertEquals(alb.listenerArn, on.listenerArn());
        assertEquals(1, s.counter.count("DescribeLoadBalancers"), s.counter.toString());
        assertEquals(1, s.counter.count("DescribeListeners"), s.counter.toString());
        assertTrue(s.sw.status(byArn, pages).lines().stream().anyMatch(l -> l.contains("on")));
        BadInputException wrongPort = assertThrows(BadInputException.class,
                () -> s.sw.status(new AlbSwitchConfig(new ListenerRef(null, "named", 443), byArn.rules(), byArn.options(), false, null, null), pages));
        assertEquals("sorry.alb.port", wrongPort.where());
        assertTrue(wrongPort.getMessage().contains("[80]"), wrongPort.getMessage());
        s.client.close();
    }

    @Test
    void controllerManagedLoadBalancerIsRefusedInOneLine() {
        MotoAlb alb = MotoAlb.create(moto, "k8s", 10);
        Session s = session();
        s.client.addTags(r -> r.resourceArns(alb.loadBalancerArn).tags(t -> t.key("elbv2.k8s.aws/cluster").value("prod")));
        s.counter.reset();
        BadInputException e = assertThrows(BadInputException.class, () -> s.sw.on(config(alb.listenerArn, false, false), pages));
        assertEquals("sorry.alb.allowControllerManaged", e.where());
        assertTrue(!e.getMessage().contains("\n") && e.getMessage().contains("kubectl apply")
                && e.getMessage().contains("--replicas=0") && e.getMessage().contains("-Dsorry.alb.allowControllerManaged=true"), e.getMessage());
        assertEquals(0, s.counter.writes());
        SwitchStatus status = s.sw.status(config(alb.listenerArn, false, false), pages);
        assertTrue(status.warnings().stream().anyMatch(w -> w.contains("AWS Load Balancer Controller")), status.warnings().toString());
        s.client.close();
    }
}
