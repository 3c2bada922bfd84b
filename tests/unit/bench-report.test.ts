// The benchmark's verdicts: a page over any budget is named, one within all is not.
import { describe, expect, it } from "vitest";
import { BUDGETS } from "../../scripts/budgets.ts";
import { overBudget, table } from "../../scripts/lib/bench-report.ts";
import type { Scores } from "../../scripts/lib/lighthouse.ts";
import type { Weight } from "../../scripts/lib/weigh.ts";

const light = (over: Partial<Weight> = {}): Weight => ({
  status: 200, html: 5000, css: 2000, js: 0, data: 0, other: 200, total: 7200, jsRaw: 0, foreign: [], ...over,
});
const perfect: Scores = { scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 }, lcp: 900, failing: [] };
const paths = ["/", "/child-outcomes/", "/services/", "/notes/"];

function all(weight: (path: string) => Weight, score: (path: string) => Scores | undefined) {
  const weights = new Map(paths.map((p) => [p, weight(p)]));
  const scores = new Map(paths.flatMap((p) => (score(p) ? [[p, score(p)!] as const] : [])));
  return { weights, scores };
}

describe("overBudget", () => {
  it("passes pages within every budget, with Lighthouse only where it is budgeted", () => {
    const { weights, scores } = all(() => light(), (p) => ((BUDGETS.lighthouse.pages as readonly string[]).includes(p) ? perfect : undefined));
    expect(overBudget(paths, weights, scores, true)).toEqual([]);
  });

  it("names the page and the budget it is over, just past each limit", () => {
    const { transferredBytes, javaScriptBytes } = BUDGETS.everyPage;
    const { weights, scores } = all(
      (p) => (p === "/notes/" ? light({ total: transferredBytes + 1, js: javaScriptBytes + 1, foreign: ["https://cdn.example/x.js"] }) : light()),
      (p) => (p === "/services/" ? { ...perfect, scores: { ...perfect.scores, accessibility: 99 } } : perfect),
    );
    expect(overBudget(paths, weights, scores, true)).toEqual([
      "/notes/: 60,001 bytes transferred, budget 60,000 bytes",
      "/notes/: 10,001 bytes of JavaScript, budget 10,000 bytes",
      "/notes/: loads from other hosts: https://cdn.example/x.js",
      "/services/: Lighthouse accessibility 99, budget 100",
    ]);
  });

  it("fails when a budgeted page was not built or not scored", () => {
    const { weights } = all(() => light(), () => undefined);
    const problems = overBudget(["/", "/notes/"], weights, new Map(), true);
    expect(problems).toContain("/: no Lighthouse scores");
    expect(problems).toContain("/services/: page not built, so Lighthouse budget not measured");
    expect(overBudget(["/", "/notes/"], weights, new Map(), false)).toEqual([]);
  });
});

describe("table", () => {
  it("prints one row per page with kilobytes and scores", () => {
    const { weights, scores } = all(() => light(), () => perfect);
    const lines = table(paths, weights, scores).split("\n");
    expect(lines).toHaveLength(2 + paths.length);
    expect(lines[2]).toMatch(/^\/\s+5\.0\s+2\.0\s+0\.0\s+0\.0\s+0\.2\s+7\.2\s+0\.0\s+100\s+100\s+100\s+100\s+900$/);
  });
});
