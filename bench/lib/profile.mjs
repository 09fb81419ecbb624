// Summarises a JFR recording: where the samples are (self time, top frames, Java and native), and
// which of the plugin's stages they fall in (inclusive).
// Usage: jfr print --json --stack-depth 64 --events jdk.ExecutionSample,jdk.NativeMethodSample[,jdk.ThreadCPULoad] x.jfr \
//          | node profile.mjs [--package io.github.sorrysite] [--threads]
//   --package  the frames that count as the plugin's (default io.github.sorrysite.core: the in-process build);
//              samples with no such frame (Maven starting, JFR, GC helpers) are left out of the stage tables
//   --threads  also the CPU time of each thread (from jdk.ThreadCPULoad), JIT compiler threads included,
//              and the samples split into running Java code and waiting in native code (a socket read)
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const pkg = args.includes("--package") ? args[args.indexOf("--package") + 1] : "io.github.sorrysite.core";
const threads = args.includes("--threads");
const json = JSON.parse(readFileSync(0, "utf8"));
const events = json.recording?.events ?? [];
const name = (f) => `${f.method.type.name.replace(/\//g, ".").replace(/\$\$Lambda.*$/, " (lambda)")}.${f.method.name}`;
const short = (n) => n.replace(pkg + ".", "").replace("io.github.sorrysite.", "");
const threadGroup = (t) => (t ?? "?").replace(/[-\s]?\d+$/, "-N");
const self = new Map(), stage = new Map(), byKind = new Map(), cpu = new Map();
const inc = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
let total = 0;
const nproc = (() => { try { return readFileSync("/proc/cpuinfo", "utf8").match(/^processor/gm).length; } catch { return 1; } })();
for (const e of events) {
  if (e.type === "jdk.ThreadCPULoad") {
    // A fraction of the machine's CPUs over the period (1 s in lib/publish.jfc): CPU-seconds × nproc.
    inc(cpu, threadGroup(e.values.eventThread?.javaName ?? e.values.eventThread?.osName), (e.values.user + e.values.system) * nproc);
    continue;
  }
  const frames = e.values?.stackTrace?.frames ?? [];
  if (!frames.length) continue;
  // Samples of threads that run none of the plugin's code (Maven starting, JFR, GC helpers): skipped.
  if (!frames.some((f) => name(f).startsWith(pkg + "."))) continue;
  total++;
  const native = e.type === "jdk.NativeMethodSample";
  inc(byKind, `${native ? "native (waiting: socket, file)" : "running Java"} on ${threadGroup(e.values.sampledThread?.javaName)}`);
  const top = name(frames[0]);
  inc(self, top);
  const seen = new Set(frames.map(name).filter((n) => n.startsWith(pkg + ".") && !n.endsWith("SiteBuilder.build") && !/lambda/.test(n)));
  for (const n of seen) inc(stage, `${native ? "[native] " : ""}${short(n)}`);
}
const pct = (n) => `${((100 * n) / total).toFixed(0).padStart(3)}%`;
const top = (m, k) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
const out = [];
if (threads && cpu.size) {
  const sum = [...cpu.values()].reduce((a, b) => a + b, 0);
  out.push(`CPU by thread (jdk.ThreadCPULoad, once a second; ${sum.toFixed(1)} s in all):`);
  for (const [n, s] of top(cpu, 10)) out.push(`  ${s.toFixed(2).padStart(6)} s  ${n}`);
  out.push("");
}
out.push(`${total} samples in the plugin's code (Java and native)`);
if (threads) {
  out.push("", "by kind and thread:");
  for (const [n, c] of top(byKind, 8)) out.push(`  ${pct(c)}  ${n}`);
}
out.push("", "plugin methods, inclusive:");
for (const [n, c] of top(stage, threads ? 20 : 10)) out.push(`  ${pct(c)}  ${n}`);
out.push("", "top frames, self:");
for (const [n, c] of top(self, 10)) out.push(`  ${pct(c)}  ${n}`);
console.log(out.join("\n"));
