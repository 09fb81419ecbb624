// Summarises a JFR recording of the in-process pipeline: where the samples are (self time, top
// frames, Java and native), and which of the plugin's stages they fall in (inclusive).
// Usage: jfr print --json --stack-depth 64 --events jdk.ExecutionSample,jdk.NativeMethodSample x.jfr | node profile.mjs
import { readFileSync } from "node:fs";

const json = JSON.parse(readFileSync(0, "utf8"));
const events = json.recording?.events ?? [];
const name = (f) => `${f.method.type.name.replace(/\//g, ".").replace(/\$\$Lambda.*$/, " (lambda)")}.${f.method.name}`;
const self = new Map(), stage = new Map();
let total = 0;
for (const e of events) {
  const frames = e.values?.stackTrace?.frames ?? [];
  if (!frames.length) continue;
  // Samples of threads that are not building (JFR, GC helpers) have no plugin frame: skip them.
  if (!frames.some((f) => name(f).startsWith("io.github.sorrysite.core"))) continue;
  total++;
  const top = name(frames[0]);
  self.set(top, (self.get(top) ?? 0) + 1);
  const seen = new Set(frames.map(name).filter((n) => n.startsWith("io.github.sorrysite.core.") && !n.endsWith("SiteBuilder.build") && !/lambda/.test(n)));
  for (const n of seen) stage.set(n, (stage.get(n) ?? 0) + 1);
}
const pct = (n) => `${((100 * n) / total).toFixed(0).padStart(3)}%`;
const top = (m, k) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
const out = [];
out.push(`${total} samples in the build (Java and native)`, "", "plugin methods, inclusive:");
for (const [n, c] of top(stage, 10)) out.push(`  ${pct(c)}  ${n.replace("io.github.sorrysite.core.", "")}`);
out.push("", "top frames, self:");
for (const [n, c] of top(self, 10)) out.push(`  ${pct(c)}  ${n}`);
console.log(out.join("\n"));
