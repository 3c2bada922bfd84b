// The import, start to end, on an export's bytes: screen the files, aggregate,
// model the cells, protect them (with every earlier release: joint.ts), and
// build the bundle's files.
// No I/O of its own: the command line (import.ts, node.ts) and the /publish/
// page (browser.ts, in a Web Worker) hand it an ExportSource and decide what to
// do with the files, which exist only when every check passed.
import { protect as realProtect, type DisclosureResult, type ProtectedCell } from "../disclosure/index.ts";
import { roundTo5 } from "../disclosure/table.ts";
import { aggregate, type Tallies } from "./aggregate.ts";
import { columnsAsOf } from "./as-of.ts";
import { monthNumber } from "./columns.ts";
import { forcedByChange, isCurrent, jointModel } from "./joint.ts";
import { bundleFiles } from "./bundle.ts";
import type { BundleFigure, BundleService } from "../contract/bundle.ts";
import { buildFigures, figuresByCell } from "./figures.ts";
import { Model } from "./model.ts";
import { BREAKDOWN_TABLES, modelChildren } from "./model-children.ts";
import { modelAges, modelDeprivation, modelSources } from "./model-parents.ts";
import { modelWellbeing } from "./model-wellbeing.ts";
import { Problems, type Problem } from "./problems.ts";
import { screenExport } from "./screen.ts";
import { parseServiceText, resolveService, serviceProblems, SLUG, wholeQuarters } from "./service.ts";
import { readText, type ExportSource } from "./source.ts";
import type { Vocabulary } from "../figures/terms.ts";

/** The steps a person sees named while the import runs (the /publish/ page). */
export type ImportStep = "reading" | "checking" | "counting" | "protecting" | "auditing";

export interface ImportOptions {
  slug: string;
  /** The current month as YYYY-MM: referrals and closures after it fail. */
  today: string;
  /** The vocabulary whose groupings the children's statuses are published by (model-children.ts): the caller's, read once. */
  vocabulary: Vocabulary;
  protect?: typeof realProtect;
  /** Every earlier release of the service, oldest first (runImport reads them from the service folder). */
  previous?: { release: string; figures: BundleFigure[] }[];
  /** Told each step as it starts. */
  onStep?: (step: ImportStep) => void;
}

export interface ImportResult {
  ok: boolean;
  problems: Problem[];
  files?: Map<string, string>;
  figures?: BundleFigure[];
  tallies?: Tallies;
  disclosure?: DisclosureResult;
  service?: BundleService;
  /** Milliseconds per step, for the scale bench. */
  timings?: { screen: number; aggregate: number; protect: number };
}

async function readService(source: ExportSource, problems: Problems): Promise<{ raw: unknown; ok: boolean }> {
  if (!source.names.includes("service.json")) return { raw: undefined, ok: true };
  const parsed = parseServiceText(await readText(source, "service.json"));
  const found = "raw" in parsed ? serviceProblems(parsed.raw) : [parsed];
  for (const e of found) problems.add("TR-SERVICE-JSON", "service.json", e.field, e.line, e.detail, { fix: e.fix, split: e.detail });
  return { raw: "raw" in parsed ? parsed.raw : undefined, ok: found.length === 0 };
}

export function model(t: Tallies, vocabulary: Vocabulary): Model {
  const m = new Model();
  modelAges(m, t);
  modelSources(m, t);
  modelDeprivation(m, t);
  modelWellbeing(m, t);
  modelChildren(m, t, vocabulary);
  return m;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What is wrong with the options, in one line for the command, or null. The command checks first, so a
 *  mistyped option gets this line and exit code 2 rather than a stack trace. */
export function optionProblem(opts: Pick<ImportOptions, "slug" | "today">): string | null {
  if (!SLUG.test(opts.slug)) return "--service must be a short name in lower-case letters and digits, with words joined by hyphens (for example north-town)";
  if (!MONTH.test(opts.today)) return "--today must be a month written YYYY-MM (for example 2025-03)";
  return null;
}

export async function importSource(source: ExportSource, opts: ImportOptions): Promise<ImportResult> {
  const wrong = optionProblem(opts);
  if (wrong) throw new Error(`importExport: ${wrong}`);
  const step = opts.onStep ?? (() => {});
  const today = Number(opts.today.slice(0, 4)) * 12 + Number(opts.today.slice(5)) - 1;
  const t0 = performance.now();
  step("reading");
  const screened = await screenExport(source, today);
  const t1 = performance.now();
  step("checking");
  const problems = screened.problems;
  const svc = await readService(source, problems);
  if (problems.failed || !screened.parents) return { ok: false, problems: problems.list() };

  step("counting");
  const P = screened.parents;
  let first = Infinity;
  let last = -Infinity;
  for (const col of [P.referral.view(), P.closure.view()]) {
    for (const mo of col) {
      if (mo >= 0) {
        first = Math.min(first, mo);
        last = Math.max(last, mo);
      }
    }
  }
  // Never the exact months: the latest is the newest person's (see wholeQuarters).
  const service = resolveService(opts.slug, svc.raw, wholeQuarters(first === Infinity ? today : first, last === -Infinity ? today : last));
  // The release as of its period's end, by the rules a later import rebuilds it with (as-of.ts).
  const tallies = aggregate(columnsAsOf(screened, monthNumber(service.period.to)));
  const t2 = performance.now();
  const m = model(tallies, opts.vocabulary);
  // Every earlier release, worked out again from this export as it stood then, is audited with this one (joint.ts).
  // A release that is not later than every earlier one cannot be: it is refused, naming each such release (runImport
  // words it as one line for the command, releases.ts), and nothing is protected or written.
  const previous = opts.previous ?? [];
  const notEarlier = previous.filter((p) => p.release >= service.period.to);
  for (const p of notEarlier)
    problems.add("TR-RELEASE-ORDER", "figures", null, undefined, `release ${p.release}, this export ${service.period.to}`, { split: p.release });
  if (notEarlier.length > 0) return { ok: false, problems: problems.list(), service };
  const earlier = previous.map((p) => ({ ...p, model: model(aggregate(columnsAsOf(screened, monthNumber(p.release))), opts.vocabulary) }));
  const joint = jointModel(m, earlier, (v) => (service.disclosure.rounding === 5 ? roundTo5(v) : v));
  for (const r of joint.revised) problems.add("TR-RELEASE-REVISED", "figures", null, undefined, `release ${r.release}, cell ${r.figure}`);
  if (problems.failed) return { ok: false, problems: problems.list() };
  step("protecting");
  const forced = service.disclosure.rounding === 5 ? new Set<string>() : forcedByChange(m, earlier, service.disclosure.k);
  const result = currentRelease(
    await (opts.protect ?? realProtect)(joint.cells, joint.relations, service.disclosure, { onAudit: () => step("auditing"), breakdowns: BREAKDOWN_TABLES }),
    forced,
  );
  if (!result.passed) {
    problems.add("TR-DISCLOSURE", "figures", null, undefined, `${result.audit.filter((a) => !a.passed).length} suppressed cell(s) could be narrowed too far`);
    return { ok: false, problems: problems.list(), disclosure: result };
  }
  const timings = { screen: t1 - t0, aggregate: t2 - t1, protect: performance.now() - t2 };
  const shown = new Map<string, ProtectedCell>(result.cells.map((c) => [c.id, c]));
  const figures = buildFigures(m, shown, service);
  const list = problems.list();
  return { ok: true, problems: list, files: bundleFiles(figures, result, service, figuresByCell(m)), figures, tallies, disclosure: result, service, timings };
}

/** The protection of the new release alone: the joint model's earlier releases are not this bundle's to print.
 *  `forced`: cells that changed by 1 to k-1 since an earlier release printed them (forcedByChange). */
function currentRelease(r: DisclosureResult, forced: Set<string>): DisclosureResult {
  const audit = r.audit.filter((a) => isCurrent(a.id));
  const primary = audit.filter((a) => a.kind === "primary").length;
  const byChange = audit.filter((a) => a.kind === "secondary" && forced.has(a.id)).length;
  return { ...r, cells: r.cells.filter((c) => isCurrent(c.id)), audit, counts: { primary, secondary: audit.length - primary, forcedByChange: byChange } };
}
