// npm run tracker -- <export folder> --service <slug> [--out <dir>] [--today YYYY-MM]
// Screens a tracker export and, when every check passes, writes the service's
// bundle (default data/services/<slug>/). On any FAIL it prints every problem
// (file, row, column, check; never a value), writes nothing and exits 1.
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runImport } from "../src/lib/tracker/import.ts";
import { formatTrackerProblem } from "../src/lib/tracker/problems.ts";

const ROOT = new URL("..", import.meta.url).pathname;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { service: { type: "string" }, out: { type: "string" }, today: { type: "string" } },
  });
  const dir = positionals[0];
  if (!dir || !values.service) {
    console.error("usage: npm run tracker -- <export folder> --service <slug> [--out <dir>] [--today YYYY-MM]");
    return 2;
  }
  const now = new Date();
  const today = values.today ?? `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const out = resolve(values.out ?? join(ROOT, "data/services", values.service));
  const started = performance.now();
  const result = await runImport(resolve(dir), out, { slug: values.service, today });
  for (const p of result.problems) console.error(formatTrackerProblem(p));
  const ms = Math.round(performance.now() - started);
  if (!result.ok) {
    const fails = result.problems.filter((p) => p.level === "FAIL").length;
    console.error(`\ntracker: ${fails} failing check(s); nothing was written (an earlier bundle, if any, is unchanged).`);
    return 1;
  }
  const d = result.disclosure?.counts;
  console.log(
    `tracker: ${result.figures?.length} figures for ${result.service?.name}${result.service?.synthetic ? " (synthetic)" : ""}; ` +
      `${d?.primary} primary and ${d?.secondary} secondary suppressions; written to ${out} in ${ms} ms`,
  );
  return 0;
}

process.exitCode = await main();
