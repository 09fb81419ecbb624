// Writes a Tailwind-like utility stylesheet to stdout: deterministic, tens of KB, of which the
// utility page uses a handful of rules. bench/corpus/utility/site-src/sorrycontent/css/utility.css
// is its output, committed so the corpus does not change under a different Node.
// Usage: node bench/lib/gen-utility-css.mjs > bench/corpus/utility/site-src/sorrycontent/css/utility.css
const out = [];
const rule = (sel, body) => out.push(`${sel} {\n  ${body.join(";\n  ")};\n}`);
const esc = (cls) => cls.replace(/[:/.]/g, (c) => "\\" + c);

out.push("/* utility.css: a generated utility-first framework (preflight + utilities), for benchmarks */");
// Preflight, abridged.
out.push(`*, ::before, ::after {
  box-sizing: border-box;
  border-width: 0;
  border-style: solid;
  border-color: #e5e7eb;
  --tw-ring-offset-shadow: 0 0 #0000;
  --tw-ring-shadow: 0 0 #0000;
  --tw-shadow: 0 0 #0000;
}
html {
  line-height: 1.5;
  -webkit-text-size-adjust: 100%;
  font-family: ui-sans-serif, system-ui, sans-serif, "Apple Color Emoji", "Segoe UI Emoji";
}
body { margin: 0; line-height: inherit; }
h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
a { color: inherit; text-decoration: inherit; }
b, strong { font-weight: bolder; }
code, kbd, samp, pre { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 1em; }
small { font-size: 80%; }
table { text-indent: 0; border-color: inherit; border-collapse: collapse; }
button, input, optgroup, select, textarea { font-family: inherit; font-size: 100%; margin: 0; padding: 0; }
blockquote, dl, dd, h1, h2, h3, h4, h5, h6, hr, figure, p, pre { margin: 0; }
ol, ul, menu { list-style: none; margin: 0; padding: 0; }
img, svg, video, canvas, audio, iframe, embed, object { display: block; vertical-align: middle; }
img, video { max-width: 100%; height: auto; }
[hidden] { display: none; }`);

const spacing = { 0: "0px", px: "1px", 0.5: "0.125rem", 1: "0.25rem", 1.5: "0.375rem", 2: "0.5rem", 2.5: "0.625rem",
  3: "0.75rem", 4: "1rem", 5: "1.25rem", 6: "1.5rem", 8: "2rem", 10: "2.5rem", 12: "3rem", 16: "4rem", 20: "5rem",
  24: "6rem", 32: "8rem", 40: "10rem", 48: "12rem", 64: "16rem" };
const sides = { "": ["%s"], x: ["%s-left", "%s-right"], y: ["%s-top", "%s-bottom"], t: ["%s-top"], r: ["%s-right"],
  b: ["%s-bottom"], l: ["%s-left"] };
for (const [prefix, prop] of [["p", "padding"], ["m", "margin"]]) {
  for (const [side, props] of Object.entries(sides)) {
    for (const [k, v] of Object.entries(spacing)) {
      rule("." + esc(`${prefix}${side}-${k}`), props.map((p) => `${p.replace("%s", prop)}: ${v}`));
    }
  }
}
for (const [k, v] of Object.entries(spacing)) {
  rule("." + esc(`gap-${k}`), [`gap: ${v}`]);
  rule("." + esc(`w-${k}`), [`width: ${v}`]);
  rule("." + esc(`h-${k}`), [`height: ${v}`]);
}
const display = ["block", "inline-block", "inline", "flex", "inline-flex", "grid", "inline-grid", "contents", "hidden"];
for (const d of display) rule(`.${d}`, [`display: ${d === "hidden" ? "none" : d}`]);
for (const [k, v] of Object.entries({ row: "row", col: "column", "row-reverse": "row-reverse", "col-reverse": "column-reverse" })) {
  rule(`.flex-${k}`, [`flex-direction: ${v}`]);
}
for (const [k, v] of Object.entries({ start: "flex-start", end: "flex-end", center: "center", baseline: "baseline", stretch: "stretch" })) {
  rule(`.items-${k}`, [`align-items: ${v}`]);
}
for (const [k, v] of Object.entries({ start: "flex-start", end: "flex-end", center: "center", between: "space-between", around: "space-around", evenly: "space-evenly" })) {
  rule(`.justify-${k}`, [`justify-content: ${v}`]);
}
for (const a of ["left", "center", "right", "justify"]) rule(`.text-${a}`, [`text-align: ${a}`]);
const sizes = { xs: ["0.75rem", "1rem"], sm: ["0.875rem", "1.25rem"], base: ["1rem", "1.5rem"], lg: ["1.125rem", "1.75rem"],
  xl: ["1.25rem", "1.75rem"], "2xl": ["1.5rem", "2rem"], "3xl": ["1.875rem", "2.25rem"], "4xl": ["2.25rem", "2.5rem"] };
for (const [k, [fs, lh]] of Object.entries(sizes)) rule(`.text-${k}`, [`font-size: ${fs}`, `line-height: ${lh}`]);
for (const [k, v] of Object.entries({ thin: 100, light: 300, normal: 400, medium: 500, semibold: 600, bold: 700, black: 900 })) {
  rule(`.font-${k}`, [`font-weight: ${v}`]);
}
for (const [k, v] of Object.entries({ none: "0px", sm: "0.125rem", "": "0.25rem", md: "0.375rem", lg: "0.5rem", xl: "0.75rem", "2xl": "1rem", full: "9999px" })) {
  rule(k ? `.rounded-${k}` : ".rounded", [`border-radius: ${v}`]);
}
const palette = {
  slate: ["#f8fafc", "#f1f5f9", "#e2e8f0", "#cbd5e1", "#94a3b8", "#64748b", "#475569", "#334155", "#1e293b", "#0f172a"],
  gray: ["#f9fafb", "#f3f4f6", "#e5e7eb", "#d1d5db", "#9ca3af", "#6b7280", "#4b5563", "#374151", "#1f2937", "#111827"],
  red: ["#fef2f2", "#fee2e2", "#fecaca", "#fca5a5", "#f87171", "#ef4444", "#dc2626", "#b91c1c", "#991b1b", "#7f1d1d"],
  amber: ["#fffbeb", "#fef3c7", "#fde68a", "#fcd34d", "#fbbf24", "#f59e0b", "#d97706", "#b45309", "#92400e", "#78350f"],
  green: ["#f0fdf4", "#dcfce7", "#bbf7d0", "#86efac", "#4ade80", "#22c55e", "#16a34a", "#15803d", "#166534", "#14532d"],
  blue: ["#eff6ff", "#dbeafe", "#bfdbfe", "#93c5fd", "#60a5fa", "#3b82f6", "#2563eb", "#1d4ed8", "#1e40af", "#1e3a8a"],
  indigo: ["#eef2ff", "#e0e7ff", "#c7d2fe", "#a5b4fc", "#818cf8", "#6366f1", "#4f46e5", "#4338ca", "#3730a3", "#312e81"],
};
const shades = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900];
for (const [name, hexes] of Object.entries(palette)) {
  hexes.forEach((hex, i) => {
    const s = shades[i];
    rule(`.bg-${name}-${s}`, [`background-color: ${hex}`]);
    rule(`.text-${name}-${s}`, [`color: ${hex}`]);
    rule(`.border-${name}-${s}`, [`border-color: ${hex}`]);
    rule(`.${esc(`hover:bg-${name}-${s}`)}:hover`, [`background-color: ${hex}`]);
  });
}
for (const [k, v] of Object.entries({ white: "#fff", black: "#000", transparent: "transparent" })) {
  rule(`.bg-${k}`, [`background-color: ${v}`]);
  rule(`.text-${k}`, [`color: ${v}`]);
}
rule(".border", ["border-width: 1px"]);
rule(".shadow", ["--tw-shadow: 0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)",
  "box-shadow: var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)"]);
rule(".shadow-lg", ["--tw-shadow: 0 10px 15px -3px rgb(0 0 0 / 0.1), 0 4px 6px -4px rgb(0 0 0 / 0.1)",
  "box-shadow: var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)"]);
rule(".min-h-screen", ["min-height: 100vh"]);
rule(".max-w-md", ["max-width: 28rem"]);
rule(".max-w-lg", ["max-width: 32rem"]);
rule(".max-w-xl", ["max-width: 36rem"]);
rule(".w-full", ["width: 100%"]);
rule(".underline", ["text-decoration-line: underline"]);
rule(".leading-relaxed", ["line-height: 1.625"]);
rule(".tracking-tight", ["letter-spacing: -0.025em"]);
rule(".animate-pulse", ["animation: pulse 2s cubic-bezier(0.4, 0, 0.6, 1) infinite"]);
out.push("@keyframes pulse {\n  50% { opacity: .5; }\n}");
rule(".animate-spin", ["animation: spin 1s linear infinite"]);
out.push("@keyframes spin {\n  to { transform: rotate(360deg); }\n}");
for (const [bp, width] of [["sm", "640px"], ["md", "768px"], ["lg", "1024px"]]) {
  const inner = [];
  for (const k of ["2", "4", "6", "8", "12"]) {
    inner.push(`  .${esc(`${bp}:p-${k}`)} { padding: ${spacing[k]}; }`);
    inner.push(`  .${esc(`${bp}:px-${k}`)} { padding-left: ${spacing[k]}; padding-right: ${spacing[k]}; }`);
  }
  for (const [k, [fs, lh]] of Object.entries(sizes)) inner.push(`  .${esc(`${bp}:text-${k}`)} { font-size: ${fs}; line-height: ${lh}; }`);
  for (const d of display) inner.push(`  .${esc(`${bp}:${d}`)} { display: ${d === "hidden" ? "none" : d}; }`);
  out.push(`@media (min-width: ${width}) {\n${inner.join("\n")}\n}`);
}
out.push(`@media (prefers-color-scheme: dark) {
  .${esc("dark:bg-slate-900")} { background-color: #0f172a; }
  .${esc("dark:bg-slate-800")} { background-color: #1e293b; }
  .${esc("dark:text-slate-100")} { color: #f1f5f9; }
  .${esc("dark:text-slate-300")} { color: #cbd5e1; }
  .${esc("dark:border-slate-700")} { border-color: #334155; }
}`);
process.stdout.write(out.join("\n") + "\n");
