// The peer pipeline users run today for an ALB fixed response (a team building its ALB sorry page with a bundler): Parcel 2 with
// --public-url, then html-minifier-terser 7 with its most aggressive options that keep the page
// looking the same. Prints one JSON object.
//
// Usage: node bench/lib/peer.mjs <project-dir> <page.html (relative)> <public-url> <dist-dir-prefix>
//   <project-dir> holds the rendered page and its sorrycontent/ tree (so /sorrycontent/... resolves).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { createRequire } from "node:module";

const [projectDir, page, publicUrl, distDir] = process.argv.slice(2);
const cache = join(dirname(new URL(import.meta.url).pathname), "..", ".cache");
const require = createRequire(join(cache, "node_modules", "x.js"));
const { minify } = require("html-minifier-terser");

// Every option html-minifier-terser 7 has that makes output smaller without changing what the
// browser shows. Left out on purpose: removeEmptyElements (drops empty styled elements, e.g. a
// status dot), collapseInlineTagWhitespace (joins words across inline tags), minifyURLs (needs a
// site URL and would make CDN URLs relative, which breaks under deep paths).
export const OPTIONS = {
  caseSensitive: false,
  collapseBooleanAttributes: true,
  collapseWhitespace: true,
  conservativeCollapse: false,
  decodeEntities: true,
  minifyCSS: { level: 2 },
  minifyJS: true,
  removeAttributeQuotes: true,
  removeComments: true,
  removeEmptyAttributes: true,
  removeOptionalTags: true,
  removeRedundantAttributes: true,
  removeScriptTypeAttributes: true,
  removeStyleLinkTypeAttributes: true,
  removeTagWhitespace: true,
  sortAttributes: true,
  sortClassName: true,
  useShortDoctype: true,
};

const size = (s) => ({ chars: s.length, bytes: Buffer.byteLength(s, "utf8") });

const parcel = join(cache, "node_modules", ".bin", "parcel");

// Two Parcel runs: its default production build (which already minifies HTML and CSS), and
// --no-optimize (html-minifier-terser then gets well-formed input: on Parcel's optimized output,
// which omits </dt> and </dd>, html-minifier-terser 7 emits stray </dt> end tags). Each shape
// reports the smaller of the two: the best this peer pipeline can do.
async function variant(name, extra) {
  const dist = `${distDir}-${name}`;
  const started = process.hrtime.bigint();
  const run = spawnSync(parcel, ["build", page, "--public-url", publicUrl, "--no-cache", "--no-source-maps",
    "--dist-dir", dist, "--log-level", "error", ...extra], { cwd: projectDir, encoding: "utf8", timeout: 120000 });
  const parcelMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) {
    return { error: `parcel ${name} failed (${run.status ?? run.signal}): ${(run.stderr || run.stdout || "").trim().slice(0, 400)}` };
  }
  const builtPath = join(projectDir, dist, basename(page));
  const built = readFileSync(builtPath, "utf8");

  // cdn-linked shape: what Parcel wrote, minified.
  const cdnLinked = await minify(built, OPTIONS);
  writeFileSync(builtPath.replace(/\.html$/, ".cdn-linked.html"), cdnLinked);

  // self-contained shape: every stylesheet Parcel emitted inlined into <style>, then minified
  // (clean-css level 2 through minifyCSS). url()s inside are already CDN URLs.
  const missing = [];
  const inlined = built.replace(/<link\b[^>]*>/gi, (tag) => {
    if (!/\brel=("|')?stylesheet\b/i.test(tag)) return tag;
    const href = (tag.match(/\bhref=("([^"]*)"|'([^']*)'|([^\s>]+))/i) || []).slice(2).find((v) => v !== undefined);
    if (!href || !href.startsWith(publicUrl)) return tag;
    const file = join(projectDir, dist, decodeURIComponent(href.slice(publicUrl.length)));
    if (!existsSync(file)) { missing.push(href); return tag; }
    return `<style>${readFileSync(file, "utf8")}</style>`;
  });
  const selfContained = await minify(inlined, OPTIONS);
  writeFileSync(builtPath.replace(/\.html$/, ".self-contained.html"), selfContained);
  return { name, dist, parcelMs: Math.round(parcelMs), parcelOut: size(built), cdnLinked: size(cdnLinked),
    selfContained: { ...size(selfContained), ...brokenBy(built, inlined, selfContained) }, missing };
}

// clean-css (html-minifier-terser's minifyCSS) does not know CSS nesting: it drops nested rules,
// whole rules among them, so the page no longer looks as designed. A shape whose minified CSS lost
// every mention of a class that the page uses and Parcel's CSS styles is marked broken: comparing
// against it would reward dropping rules.
function brokenBy(html, before, after) {
  const styles = (s) => [...s.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join("\n");
  const used = new Set([...html.matchAll(/\bclass=("([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
    .flatMap((m) => (m[2] ?? m[3] ?? m[4]).split(/\s+/)).filter(Boolean));
  const mentions = (css, c) => new RegExp(`\\.${c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(css);
  const cssBefore = styles(before), cssAfter = styles(after);
  const lost = [...used].filter((c) => mentions(cssBefore, c) && !mentions(cssAfter, c)).sort();
  return lost.length ? { broken: `the minified CSS lost every rule for ${lost.map((c) => "." + c).join(", ")} (used on the page)` } : {};
}

const variants = [await variant("optimized", []), await variant("unoptimized", ["--no-optimize"])];
const ok = variants.filter((v) => !v.error);
if (!ok.length) {
  console.log(JSON.stringify({ error: variants.map((v) => v.error).join("; ") }));
  process.exit(0);
}
// The smallest of the two; a broken one only when both are.
const best = (shape) => ok.reduce((a, b) => (!!b[shape].broken !== !!a[shape].broken ? (a[shape].broken ? b : a)
  : b[shape].chars < a[shape].chars ? b : a));
const bc = best("cdnLinked"), bs = best("selfContained");
console.log(JSON.stringify({
  cdnLinked: { ...bc.cdnLinked, via: bc.name, file: `${bc.dist}/${basename(page).replace(/\.html$/, "")}.cdn-linked.html` },
  selfContained: { ...bs.selfContained, via: bs.name, file: `${bs.dist}/${basename(page).replace(/\.html$/, "")}.self-contained.html` },
  variants,
}));
