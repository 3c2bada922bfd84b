// Which pages Lighthouse audits and how often: every page with --lighthouse all,
// key pages every round, the rest the first few rounds (paired with the bare page's).
import { describe, expect, it } from "vitest";
import { auditPlan } from "../../../scripts/lib/bench-plan.ts";

const paths = ["/", "/child-outcomes/", "/services/", "/notes/", "/data/"];
const url = (path: string) => `http://x${path}`;

describe("auditPlan", () => {
  it("audits every page with --lighthouse all: key pages every round, the others the first rounds", () => {
    const plan = auditPlan(paths, url, { mode: "all", runs: 9, elsewhere: 3 });
    expect(plan.map((p) => [p.path, p.times])).toEqual([
      ["/", 9],
      ["/child-outcomes/", 9],
      ["/services/", 9],
      ["/notes/", 3],
      ["/data/", 3],
    ]);
    expect(plan[3]!.url).toBe("http://x/notes/");
  });

  it("never audits a page more rounds than there are, nor fewer than one", () => {
    expect(auditPlan(paths, url, { mode: "all", runs: 2, elsewhere: 3 }).at(-1)!.times).toBe(2);
    expect(auditPlan(paths, url, { mode: "all", runs: 9, elsewhere: 0 }).at(-1)!.times).toBe(1);
  });

  it("audits only the key pages with --lighthouse budgeted, and nothing with none", () => {
    expect(auditPlan(paths, url, { mode: "budgeted", runs: 9, elsewhere: 3 }).map((p) => p.path)).toEqual(["/", "/child-outcomes/", "/services/"]);
    expect(auditPlan(paths, url, { mode: "none", runs: 9, elsewhere: 3 })).toEqual([]);
  });

  it("audits only the pages named with --pages, every one of them every round", () => {
    const plan = auditPlan(paths, url, { mode: "all", runs: 5, elsewhere: 1, only: ["/data/", "/"] });
    expect(plan.map((p) => [p.path, p.times])).toEqual([
      ["/", 5],
      ["/data/", 5],
    ]);
    expect(auditPlan(paths, url, { mode: "none", runs: 5, elsewhere: 1, only: ["/"] })).toEqual([]);
    expect(() => auditPlan(paths, url, { mode: "all", runs: 5, elsewhere: 1, only: ["/nope/"] })).toThrow(/\/nope\//);
  });
});
