// Which pages the benchmark audits with Lighthouse, and how many rounds each.
// The bare reference page runs every round; a key page runs every round too;
// with --lighthouse all every other page runs the first `elsewhere` rounds
// (default 3), so each of its runs pairs with the bare page's run of the same
// round and its LCP ratio cancels the machine's drift as the key pages' does.
// Every page audited more than once gets one discarded warm-up audit first.
import { isKeyPage } from "./bench-report.ts";

export interface PlanItem {
  path: string;
  url: string;
  times: number;
}

export function auditPlan(
  paths: string[],
  urlOf: (path: string) => string,
  { mode, runs, elsewhere }: { mode: string; runs: number; elsewhere: number },
): PlanItem[] {
  if (mode === "none") return [];
  return paths
    .filter((path) => mode === "all" || isKeyPage(path))
    .map((path) => ({ path, url: urlOf(path), times: isKeyPage(path) ? runs : Math.max(1, Math.min(runs, elsewhere)) }));
}
