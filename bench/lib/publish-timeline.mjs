// Where a cold sorry:publish's wall time goes, on one clock: the command's start and end (epoch ms,
// from bench/run), Maven's log with timestamps (-Dorg.slf4j.simpleLogger.showDateTime=true
// -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS) and s3proxy's request log for the run's bucket
// (HH:mm:ss.SSS, same machine, same clock).
// Usage: node publish-timeline.mjs <start-ms> <end-ms> <maven.log> <requests.log>
//        node publish-timeline.mjs --created <start-ms> <maven.log>   (ms from start to "Invalidation … created")
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
// HH:mm:ss.SSS (local time, as both logs print it) -> ms since start, across midnight too.
const since = (start) => (hms) => {
  const [h, m, s] = hms.split(":");
  const d = new Date(start);
  d.setHours(+h, +m, 0, 0);
  let t = d.getTime() + Math.round(+s * 1000) - start;
  if (t < -12 * 3600e3) t += 24 * 3600e3;
  return t;
};
const stamped = (file) => readFileSync(file, "utf8").split("\n").map((l) => l.replace(/\x1b\[[0-9;]*m/g, ""))
  .map((l) => /^(\d\d:\d\d:\d\d\.\d{3}) (.*)$/.exec(l)).filter(Boolean).map((m) => ({ hms: m[1], text: m[2] }));

if (args[0] === "--created") {
  const at = since(+args[1]);
  const line = stamped(args[2]).find((l) => /Invalidation \S+ created on/.test(l.text));
  if (line) console.log(at(line.hms));
  process.exit(0);
}

const [start, end] = [+args[0], +args[1]];
const at = since(start);
const maven = stamped(args[2]);
const requests = stamped(args[3]).map((l) => {
  const m = /(GET|PUT|HEAD|POST|DELETE)@[0-9a-f]+ http:\/\/[^/]+\/[^/?\s]+([/?]\S*)? HTTP/.exec(l.text);
  if (!m) return null;
  const path = m[2] ?? "";
  const kind = path.startsWith("?list-type") ? "LIST" : path.includes("/.sorry-publish/") ? `${m[1]} control` : m[1];
  if (!path) return null; // the bucket itself (created by the bench before the run)
  return { t: at(l.hms), kind, site: path.startsWith("/") && !path.includes("/.sorry-publish/") };
}).filter(Boolean);
const first = (f) => requests.find(f)?.t ?? null;
const last = (f) => [...requests].reverse().find(f)?.t ?? null;
const mavenAt = (re) => { const l = maven.find((x) => re.test(x.text)); return l ? at(l.hms) : null; };

const marks = [
  ["command start", 0],
  ["Maven prints its first line", maven.length ? at(maven[0].hms) : null],
  ["the publish goal starts", mavenAt(/--- sorry-maven-plugin:.*:publish/)],
  ["first request (the preflight's LIST)", requests.length ? requests[0].t : null],
  ["first upload of a site object", first((r) => r.kind === "PUT" && r.site)],
  ["last upload of a site object", last((r) => r.kind === "PUT" && r.site)],
  ["last read-back (GET/HEAD of a site object)", last((r) => (r.kind === "GET" || r.kind === "HEAD") && r.site)],
  ["\"Published\" line", mavenAt(/Published to|Up to date/)],
  ["command end", end - start],
].filter(([, t]) => t !== null);
const phase = {
  "Maven prints its first line": "JVM start, Maven boot",
  "the publish goal starts": "Maven: project, plugin realm, mojo configured",
  "first request (the preflight's LIST)": "plugin: read and hash the site, report.json gate, lint rules, S3 request set-up (all in parallel)",
  "first upload of a site object": "preflight LIST, manifest GET, lint gate, lock, plan under the lock, upload check, plan printed",
  "last upload of a site object": "uploads (assets, then pages)",
  "last read-back (GET/HEAD of a site object)": "read-back",
  "\"Published\" line": "listing for the manifest, manifest PUT, lock released",
  "command end": "Maven finishing, JVM exit",
};
const out = ["ms from start  step (what the time before it went to)"];
for (let i = 0; i < marks.length; i++) {
  const [label, t] = marks[i];
  const d = i ? t - marks[i - 1][1] : 0;
  out.push(`${String(t).padStart(7)}  ${label}${i ? `  (+${d} ms: ${phase[label] ?? ""})` : ""}`);
}
const counts = new Map();
for (const r of requests) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
out.push("", "requests: " + [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", "));
console.log(out.join("\n"));
