// Lighthouse, loaded only when the benchmark runs (it is a large dev dependency).
// LIGHTHOUSE_FROM=/some/dir resolves it from another folder's node_modules, to
// try the benchmark without adding it to the project.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CATEGORIES, type Category } from "../budgets.ts";

export interface Scores {
  scores: Record<Category, number | null>;
  /** Largest Contentful Paint, simulated mobile, milliseconds. */
  lcp: number | null;
  /** Titles of failing audits that cost points, for the report. */
  failing: string[];
}

type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: LighthouseResult; report: string | string[] } | undefined>;

interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number; displayValue?: string; scoreDisplayMode: string }>;
  runtimeError?: { message: string };
}

export async function loadLighthouse(root: string): Promise<Lighthouse> {
  const from = process.env.LIGHTHOUSE_FROM || root;
  const entry = createRequire(join(from, "package.json")).resolve("lighthouse");
  const mod = (await import(pathToFileURL(entry).href)) as { default: Lighthouse };
  return mod.default;
}

/** Lighthouse's scores move from run to run, most on a busy machine: the
 *  benchmark runs it several times and reports the median of each category and
 *  of LCP (upper median for an even count), as Lighthouse's own docs advise.
 *  The failing audits listed are those of the median-performance run. */
export function medianOf(done: Scores[]): Scores {
  const mid = <T>(xs: T[]) => xs[Math.floor(xs.length / 2)];
  const median = (xs: (number | null)[]) => mid(xs.filter((x): x is number => x !== null).sort((a, b) => a - b)) ?? null;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(done.map((d) => d.scores[c]))])) as Record<Category, number | null>;
  const byPerformance = [...done].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  return { scores, lcp: median(done.map((d) => d.lcp)), failing: mid(byPerformance)?.failing ?? [] };
}

/** Runs Lighthouse's default (mobile) configuration against a Chromium listening on port.
 *  `keep`, when given, receives the full report (JSON) to be written somewhere. */
export async function audit(lighthouse: Lighthouse, url: string, port: number, keep?: (json: string) => void): Promise<Scores> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  keep?.(Array.isArray(result.report) ? result.report[0]! : result.report);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])) as Record<
    Category,
    number | null
  >;
  const failing = new Set<string>();
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (a && ref.weight > 0 && a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
        failing.add(`${c}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    }
  }
  return { scores, lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? null, failing: [...failing] };
}
