// One JSON line about one page of the inline-size section: our inline variant (from the build's
// target/sorry/alb/<page>.html and its log), and the peer pipeline's numbers (peer.mjs output).
// Usage: node inline-page.mjs <site> <page> <rendered|built> <site-out-dir> <peer-json>
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const [site, page, how, out, peerJson] = process.argv.slice(2);
const size = (s) => ({ chars: s.length, bytes: Buffer.byteLength(s, "utf8") }); // chars = UTF-16 units, as the ALB API counts
const read = (f) => (existsSync(f) ? readFileSync(f, "utf8") : null);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let peer;
try { peer = JSON.parse(peerJson); } catch { peer = { error: `unreadable peer output: ${peerJson.slice(0, 200)}` }; }

const result = { site, page, input: how, peer, ours: {} };
const full = read(join(out, "auto", "site", page));
if (full !== null) result.ours.fullPage = size(full);

const autoLog = read(join(out, "auto.log")) ?? "";
const albAuto = read(join(out, "auto", "alb", page));
if (albAuto === null) {
  result.ours.available = false;
  result.ours.reason = /status=ok/.test(autoLog)
    ? "not available yet: sorry:build wrote no target/sorry/alb/" + page
    : "build failed: " + ((autoLog.match(/error=(.*)/) || [])[1] || autoLog.trim().split("\n").pop() || "?").slice(0, 300);
} else {
  result.ours.available = true;
  result.ours.auto = size(albAuto);
  // "  alb/<page>: cdn-linked, 644 chars / 897 bytes (first that fits; self-contained needs 3416 chars / 3669 bytes)"
  const line = (autoLog.match(new RegExp(`alb/${esc(page)}: (.*)`)) || [])[1] || "";
  // From the log line; if its wording changes, from the body's shape.
  result.ours.strategy = (line.match(/^([a-z-]+),/) || [])[1]
    || (/<iframe\b/i.test(albAuto) ? "frame" : /<link\b[^>]*stylesheet/i.test(albAuto) ? "cdn-linked" : "self-contained");
  result.ours.logLine = line;
  result.ours.needs = {};
  for (const m of line.matchAll(/([a-z-]+) needs (\d+) chars \/ (\d+) bytes/g)) {
    result.ours.needs[m[1]] = { chars: +m[2], bytes: +m[3] };
  }
  // Each shape on its own, when the build could make it within the ALB budget.
  for (const shape of ["self-contained", "cdn-linked"]) {
    const body = read(join(out, shape, "alb", page));
    if (body !== null) result.ours[shape] = { ...size(body), fits: true };
    else if (result.ours.needs[shape]) result.ours[shape] = { ...result.ours.needs[shape], fits: false };
    else {
      const log = read(join(out, shape + ".log")) ?? "";
      const m = log.match(new RegExp(`alb/${esc(page)}: .*?${shape}: (\\d+) chars / (\\d+) bytes`));
      if (m) result.ours[shape] = { chars: +m[1], bytes: +m[2], fits: false };
    }
  }
}
console.log(JSON.stringify(result));
