// The benchmark's table and its budget verdicts, kept pure so they can be tested.
import { BUDGETS, CATEGORIES } from "../budgets.ts";
import type { Scores } from "./lighthouse.ts";
import type { Weight } from "./weigh.ts";

const kb = (n: number) => (n / 1000).toFixed(1);
const bytes = (n: number) => `${n.toLocaleString("en-GB")} bytes`;
const SHORT: Record<string, string> = { performance: "perf", accessibility: "a11y", "best-practices": "bp", seo: "seo" };

export function table(paths: string[], weights: Map<string, Weight>, scores: Map<string, Scores>): string {
  const head = ["page", "HTML", "CSS", "JS", "data", "other", "total KB", "JS raw", ...CATEGORIES.map((c) => SHORT[c] ?? c), "LCP ms"];
  const rows = paths.map((path) => {
    const w = weights.get(path);
    const s = scores.get(path);
    return [
      path,
      ...(w ? [w.html, w.css, w.js, w.data, w.other, w.total, w.jsRaw].map(kb) : Array(7).fill("?")),
      ...CATEGORIES.map((c) => (s ? String(s.scores[c] ?? "?") : "-")),
      s?.lcp == null ? "-" : String(Math.round(s.lcp)),
    ];
  });
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [
    "Transferred KB (gzip, cold cache; 1 KB = 1,000 bytes); JS raw = decoded; Lighthouse mobile scores",
    line(head),
    ...rows.map(line),
  ].join("\n");
}

/** Every way the pages miss the budgets; [] when they meet them all. */
export function overBudget(paths: string[], weights: Map<string, Weight>, scores: Map<string, Scores>, lighthouseWanted: boolean): string[] {
  const out: string[] = [];
  const { transferredBytes, javaScriptBytes } = BUDGETS.everyPage;
  for (const path of paths) {
    const w = weights.get(path);
    if (!w) {
      out.push(`${path}: not weighed`);
      continue;
    }
    if (w.status !== 200) out.push(`${path}: status ${w.status}`);
    if (w.total > transferredBytes) out.push(`${path}: ${bytes(w.total)} transferred, budget ${bytes(transferredBytes)}`);
    if (w.js > javaScriptBytes) out.push(`${path}: ${bytes(w.js)} of JavaScript, budget ${bytes(javaScriptBytes)}`);
    if (w.foreign.length) out.push(`${path}: loads from other hosts: ${w.foreign.join(", ")}`);
  }
  if (!lighthouseWanted) return out;
  for (const path of BUDGETS.lighthouse.pages) {
    const s = scores.get(path);
    if (!paths.includes(path)) out.push(`${path}: page not built, so Lighthouse budget not measured`);
    else if (!s) out.push(`${path}: no Lighthouse scores`);
    else {
      for (const c of CATEGORIES) {
        const min = BUDGETS.lighthouse.minimum[c];
        const got = s.scores[c];
        if (got === null || got < min) out.push(`${path}: Lighthouse ${c} ${got ?? "not scored"}, budget ${min}`);
      }
    }
  }
  return out;
}
