// The benchmark's tables and verdicts, kept pure so they can be tested. Only
// `overBudget` (what a build fixes exactly) decides the exit code; the
// Lighthouse lines are a report.
import { BUDGETS, CATEGORIES } from "../budgets.ts";
import type { Scores } from "./lighthouse.ts";
import type { Weight } from "./weigh.ts";

const kb = (n: number) => (n / 1000).toFixed(1);
const bytes = (n: number) => `${n.toLocaleString("en-GB")} bytes`;
const SHORT: Record<string, string> = { performance: "perf", accessibility: "a11y", "best-practices": "bp", seo: "seo" };

function columns(head: string[], rows: string[][]): string[] {
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), ...rows.map(line)];
}

export function table(paths: string[], weights: Map<string, Weight>, scores: Map<string, Scores>): string {
  const head = ["page", "HTML", "CSS", "JS", "data", "other", "total KB", "doc KB", "JS raw", "requests", ...CATEGORIES.map((c) => SHORT[c] ?? c), "LCP ms"];
  const rows = paths.map((path) => {
    const w = weights.get(path);
    const s = scores.get(path);
    return [
      path,
      ...(w ? [...[w.html, w.css, w.js, w.data, w.other, w.total, w.document, w.jsRaw].map(kb), String(w.requests)] : Array<string>(9).fill("?")),
      ...CATEGORIES.map((c) => (s ? String(s.scores[c] ?? "?") : "-")),
      s?.lcp == null ? "-" : String(Math.round(s.lcp)),
    ];
  });
  return [
    "Transferred KB (gzip, cold cache; 1 KB = 1,000 bytes); doc = the HTML document with its headers; JS raw = decoded; Lighthouse mobile scores (medians)",
    ...columns(head, rows),
  ].join("\n");
}

/** The pages held to the Lighthouse targets and to one request. */
export const isKeyPage = (path: string) => (BUDGETS.lighthouse.pages as readonly string[]).includes(path);

/** A page allowed a document over the first window (BUDGETS.firstWindowExempt); never a key page. */
export const isExempt = (path: string) => !isKeyPage(path) && Object.hasOwn(BUDGETS.firstWindowExempt, path);

/** Every way the pages miss the budgets that gate CI; [] when they meet them all.
 *  `statuses` gives the status a page should answer with when it is not 200 (the
 *  page for a missing path answers 404, and is held to every budget all the same).
 *  Lighthouse scores are deliberately not an input: they never fail a build. */
export function overBudget(paths: string[], weights: Map<string, Weight>, statuses: ReadonlyMap<string, number> = new Map()): string[] {
  const out: string[] = [];
  const { transferredBytes, javaScriptBytes, requests } = BUDGETS.everyPage;
  const keyPage = BUDGETS.keyPage;
  const { documentBytes } = keyPage;
  for (const path of paths) {
    const w = weights.get(path);
    if (!w) {
      out.push(`${path}: not weighed`);
      continue;
    }
    const status = statuses.get(path) ?? 200;
    if (w.status !== status) out.push(`${path}: status ${w.status}${status === 200 ? "" : `, expected ${status}`}`);
    if (w.total > transferredBytes) out.push(`${path}: ${bytes(w.total)} transferred, budget ${bytes(transferredBytes)}`);
    if (w.js > javaScriptBytes) out.push(`${path}: ${bytes(w.js)} of JavaScript, budget ${bytes(javaScriptBytes)}`);
    if (w.requests > requests) out.push(`${path}: ${w.requests} requests, budget ${requests}`);
    if (w.foreign.length) out.push(`${path}: loads from other hosts: ${w.foreign.join(", ")}`);
    if (w.document > documentBytes && !isExempt(path))
      out.push(`${path}: document ${bytes(w.document)} with its headers, budget ${bytes(documentBytes)} (more needs a second round trip)`);
    if (isKeyPage(path) && w.requests > keyPage.requests) out.push(`${path}: ${w.requests} requests, a key page makes ${keyPage.requests} (the document)`);
  }
  return out;
}

/** How far each key page is from the Lighthouse targets: printed, never gating. */
export function lighthouseGaps(scores: Map<string, Scores>): string[] {
  const out: string[] = [];
  for (const path of BUDGETS.lighthouse.pages) {
    const s = scores.get(path);
    if (!s) {
      out.push(`${path}: not scored`);
      continue;
    }
    for (const c of CATEGORIES) {
      const got = s.scores[c];
      const want = BUDGETS.lighthouse.target[c];
      if (got === null || got < want) out.push(`${path}: ${c} ${got ?? "not scored"}, ${got === null ? "" : `${want - got} below `}target ${want}`);
    }
  }
  return out;
}

/** A page's runs by round: its LCP (NaN for a run that was lost), or undefined in a round it was not audited. */
export type Rounds = readonly (number | undefined)[];

/** The median of each round's page/bare LCP ratio, over the rounds both finished; NaN when there is none. */
export function pairedRatio(page: Rounds, bare: Rounds): number {
  const ratios = page.map((lcp, i) => (lcp ?? NaN) / (bare[i] ?? NaN)).filter(Number.isFinite);
  return ratios.length ? upperMedian(ratios) : NaN;
}

/** Each page's LCP as a ratio to the bare reference page's, against the target.
 *  The ratio is the median of the runs' own ratios, each page's run over the
 *  bare page's run of the same round (they are interleaved), so that a machine
 *  that slows down or speeds up mid-benchmark moves both sides of each ratio;
 *  without paired runs it falls back to the ratio of the medians. Every run's LCP
 *  is listed so a reader can see how much they spread. */
export function lcpRatios(scores: Map<string, Scores>, reference: number | null, referenceRuns: Rounds = [], runs = new Map<string, Rounds>()): string {
  const target = BUDGETS.lighthouse.lcpRatio;
  const list = (xs: Rounds | undefined) =>
    (xs ?? [])
      .filter((x) => x !== undefined)
      .map((x) => (Number.isFinite(x) ? String(Math.round(x)) : "?"))
      .join(" ");
  const rows = [...scores].map(([path, s]) => {
    const paired = pairedRatio(runs.get(path) ?? [], referenceRuns);
    const ratio = Number.isFinite(paired) ? paired : s.lcp != null && reference ? s.lcp / reference : null;
    return [
      path,
      s.lcp == null ? "-" : String(Math.round(s.lcp)),
      ratio == null ? "-" : `${ratio.toFixed(3)}x`,
      ratio == null ? "not measured" : ratio <= target ? "within" : "over",
      list(runs.get(path)),
    ];
  });
  const bare = reference == null ? "not measured" : `${Math.round(reference)} ms${referenceRuns.length ? ` (runs: ${list(referenceRuns)})` : ""}`;
  const title = `LCP against a bare page (one of the site's charts as inline SVG, no CSS, no JS): ${bare}; target ${target.toFixed(2)}x (reported, not gated); ratio = median of each round's page/bare`;
  return [title, ...columns(["page", "LCP ms", "ratio", "target", "runs (ms)"], rows)].join("\n");
}

/** The median, the upper one of an even count (as medianOf in lighthouse.ts). */
function upperMedian(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}
