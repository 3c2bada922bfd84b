// npm run tracker -- <export folder> --service <slug> [--out <dir>] [--today YYYY-MM]
// Screens a tracker export and, when every check passes, writes a new release of
// the service: <service folder>/<period.to>/ (default data/services/<slug>/).
// Advisories are printed here and never written into the bundle. On any FAIL it
// prints every problem (file, row, column, check; never a value), writes nothing
// and exits 1. A release that exists, or one older than the latest, is refused
// the same way: one line, nothing written, exit 1. A mistake in the command
// itself (a bad slug or month) prints one line and exits 2.
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { optionProblem, runImport } from "../src/lib/tracker/import.ts";
import { readVocabulary } from "../src/lib/data-step/read/sources.ts";
import { formatTrackerProblem } from "../src/lib/tracker/problems.ts";
import { suppressionSentences } from "../src/lib/tracker/suppression-words.ts";

const ROOT = new URL("..", import.meta.url).pathname;

const USAGE = "usage: npm run tracker -- <export folder> --service <slug> [--out <dir>] [--today YYYY-MM]";

/** A mistake in the command itself: one line and exit code 2, never a stack trace. */
function usageError(message: string): number {
  console.error(`tracker: ${message}`);
  return 2;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { service: { type: "string" }, out: { type: "string" }, today: { type: "string" } } });
  } catch (e) {
    // Node's own words for an unknown option, cut to their first sentence.
    return usageError(String((e as Error).message).split(". ")[0] ?? "the options could not be read");
  }
  const { values, positionals } = parsed;
  const dir = positionals[0];
  if (!dir || !values.service) return usageError(`give the export folder and --service (${USAGE})`);
  const now = new Date();
  const today = values.today ?? `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const wrong = optionProblem({ slug: values.service, today });
  if (wrong) return usageError(wrong);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return usageError("the export folder was not found: check its path");
  const out = resolve(values.out ?? join(ROOT, "data/services", values.service));
  const started = performance.now();
  const result = await runImport(resolve(dir), out, { slug: values.service, today, vocabulary: readVocabulary(ROOT) });
  if (result.refused) {
    console.error(`tracker: ${result.refused}; nothing was written.`);
    return 1;
  }
  for (const p of result.problems) console.error(formatTrackerProblem(p));
  const ms = Math.round(performance.now() - started);
  if (!result.ok) {
    const fails = result.problems.filter((p) => p.level === "FAIL").length;
    console.error(`\ntracker: ${fails} failing check(s); nothing was written (an earlier bundle, if any, is unchanged).`);
    return 1;
  }
  // Advisories are for the analyst alone: the bundle's checks.json never says whether one was raised, since
  // beside the figures that can point to one person (a parent under 16, say).
  const advisories = result.problems.filter((p) => p.level === "ADVISORY").length;
  if (advisories) console.error(`\ntracker: ${advisories} advisory message(s) above, for you to look at; they are not written into the bundle.`);
  console.log(
    `tracker: ${result.figures?.length} figures for ${result.service?.name}${result.service?.synthetic ? " (synthetic)" : ""}; written to ${join(out, result.service?.period.to ?? "")} in ${ms} ms.`,
  );
  if (result.disclosure && result.service) {
    for (const line of suppressionSentences(result.disclosure, result.service.disclosure.k)) console.log(`tracker: ${line}`);
    console.log(`tracker: disclosure control took ${(result.disclosure.optimality?.seconds ?? 0).toFixed(1)} s.`);
  }
  return 0;
}

process.exitCode = await main();
