// The "ALB switch" section of bench/RESULTS.md, from bench/lib/alb-switch.sh's results.
// albSection({ get, num, fmt, q, targets, verdict }) appends its lines through q and its target row to targets.
export function albSection({ get, num, fmt, q, targets, verdict }) {
  q("## 4. ALB switch: `sorry:on` / `sorry:off` against moto", "");
  const target = "`sorry:on` on a 20-rule listener within Maven's floor + 1 s";
  if (get("alb.error")) {
    q(`ALB section failed: ${get("alb.error")}`, "");
    targets.push([target, `failed: ${get("alb.error")}`, "not measured"]);
    return;
  }
  const runs = (get("alb.floor.runs") ?? "").trim().split(/\s+/).filter(Boolean).length;
  q(`moto_server on 127.0.0.1, a listener with ${get("alb.listener.rules") ?? "20"} application rules (priorities 100–119, made with the aws CLI),`,
    "the default site (2 pages: 3 sorry rules, no bypass, no test path), the plugin under test installed as users get it",
    `(shaded jar, dependency-reduced pom). Cold \`mvn -o -q\` runs: one untimed warm-up, then ${runs} rounds, each:`,
    "the floor (`sorry:on -Dsorry.skip=true`: JVM start, project and plugin loaded and configured, no work), `sorry:on`,",
    "`sorry:on` again (nothing to change), `sorry:off`. *Over the floor* is the median of the per-round differences.", "");
  q("| What | median wall, ms | runs, ms | over the floor, ms |", "|---|---:|---|---:|");
  q(`| floor: \`sorry:on -Dsorry.skip=true\` | ${fmt(num("alb.floor.median"))} | ${get("alb.floor.runs") ?? "–"} | – |`);
  q(`| \`sorry:on\` (3 rules created) | ${fmt(num("alb.on.median"))} | ${get("alb.on.runs") ?? "–"} | ${fmt(num("alb.on.over"))} |`);
  q(`| \`sorry:on\` again (0 writes) | ${fmt(num("alb.noop.median"))} | ${get("alb.noop.runs") ?? "–"} | ${fmt(num("alb.noop.over"))} |`);
  q(`| \`sorry:off\` (3 rules deleted) | ${fmt(num("alb.off.median"))} | ${get("alb.off.runs") ?? "–"} | ${fmt(num("alb.off.over"))} |`, "");
  if (get("alb.on.plan")) q(`The dry run's plan line: \`${get("alb.on.plan")}\`.`, "");
  q("API calls (asserted in `Elbv2SwitchMotoTest` on the same 20-rule shape): one DescribeRules of the listener, two DescribeTags",
    "(21 resources, 20 per call), no DescribeListeners (the listener's ARN names its load balancer), and one write per rule created;",
    "a re-run makes no write.", "");
  const over = num("alb.on.over");
  targets.push([target, over === null ? "not measured" : `floor + ${fmt(over)} ms`, over === null ? "not measured" : verdict(over <= 1000)]);
}
