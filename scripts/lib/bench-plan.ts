// Which pages the benchmark audits with Lighthouse, and how many rounds each.
// The bare reference page runs every round; a key page runs every round too;
// with --lighthouse all every other page runs the first `elsewhere` rounds
// (default 3), so each of its runs pairs with the bare page's run of the same
// round and its LCP ratio cancels the machine's drift as the key pages' does.
// Every page audited more than once gets one discarded warm-up audit first.
// --pages LIST narrows the audit to the pages named (any mode but none), each
// audited every round like a key page, so a few pages can be measured over many
// interleaved rounds without auditing the whole site.
import { isKeyPage } from "./bench-report.ts";

export interface PlanItem {
  path: string;
  url: string;
  times: number;
}

export function auditPlan(
  paths: string[],
  urlOf: (path: string) => string,
  { mode, runs, elsewhere, only }: { mode: string; runs: number; elsewhere: number; only?: readonly string[] },
): PlanItem[] {
  if (mode === "none") return [];
  if (only?.length) {
    const unknown = only.filter((path) => !paths.includes(path));
    if (unknown.length) throw new Error(`--pages: no such page in the build: ${unknown.join(", ")}`);
    return paths.filter((path) => only.includes(path)).map((path) => ({ path, url: urlOf(path), times: runs }));
  }
  return paths
    .filter((path) => mode === "all" || isKeyPage(path))
    .map((path) => ({ path, url: urlOf(path), times: isKeyPage(path) ? runs : Math.max(1, Math.min(runs, elsewhere)) }));
}
