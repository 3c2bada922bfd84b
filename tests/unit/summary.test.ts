// The summary's headline findings from the real data. Expected numbers are the
// report's own (referrals section, Tables 5, 6, 8 and 9, school readiness and
// the cost paragraphs), not read back from this code's output.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/lib/pipeline.ts";
import { buildDate, disputing, longDate, otherChildren, summaryView } from "../../src/lib/views/summary.ts";
import type { PublishedLedgerEntry } from "../../src/lib/schema.ts";
import { FINDINGS, SECTIONS } from "../../src/lib/site.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const files = Object.fromEntries(
  readdirSync(`${ROOT}data`).filter((n) => /\.(csv|json)$/.test(n)).map((n) => [`data/${n}`, readFileSync(`${ROOT}data/${n}`, "utf8")]),
);
const out = runPipeline(files).outputs!;
const get = (id: string) => out.figures.find((f) => f.id === id) ?? expect.fail(`no figure ${id}`);
const view = summaryView(get, out.ledger);
const find = (id: string) => view.find((f) => f.id === id) ?? expect.fail(`no finding ${id}`);
const text = (id: string) => { const f = find(id); return [f.number, f.base, f.sentence, ...f.lines, f.caution ?? ""].join(" "); };

describe("summaryView", () => {
  it("has five to seven findings, each linked to its detail page", () => {
    expect(view.length).toBeGreaterThanOrEqual(5);
    expect(view.length).toBeLessThanOrEqual(7);
    const pages = [...FINDINGS, ...SECTIONS];
    for (const f of view) expect(pages.find((p) => p.href === f.href)?.title).toBe(f.linkText);
  });
  it("says who the service reached", () => {
    expect(find("reach").number).toBe("209");
    expect(text("reach")).toMatch(/15 parents.*Pathway A.*65 parents from 37 families/);
  });
  it("counts children with an at-home status from Table 9 and Table 8, as the site's grouping", () => {
    expect(find("children").number).toBe("84 of 148");
    expect(text("children")).toContain("32 of 38");
    expect(text("children")).toContain("this site's grouping of Table 9");
    expect(text("children")).not.toMatch(/known to be living/);
  });
  it("lists every one of the other 64 children, the unborn child included (Table 9)", () => {
    expect(text("children")).toContain("The other 64: 9 looked after, 21 adopted, 12 with a special guardian, 14 pregnancies that ended or children who died, 7 moved away and 1 not yet born.");
    const t9 = { total: 9, lookedAfter: 1, adopted: 1, childProtectionPlan: 1, childInNeed: 1, earlyHelp: 1, universal: 1, specialGuardianship: 1, lost: 1, moved: 1, unborn: 0 };
    expect(otherChildren(t9)).toContain("The other 5:");
    expect(() => otherChildren({ ...t9, unborn: 1 })).toThrow(/add to 10, not 9/);
  });
  it("shows the three changes after three years with their bases", () => {
    expect(text("three-years")).toContain("57% (32 of 56) at referral, 20% (10 of 50) after three years");
    expect(text("three-years")).toContain("39% (23 of 59), then 14% (7 of 51)");
    expect(text("three-years")).toContain("36% (21 of 58), then 13% (6 of 48)");
  });
  it("warns that 3 of 4 is too few, with its interval", () => {
    expect(find("school").number).toBe("3 of 4");
    expect(find("school").caution).toContain("30% to 95%");
    // The report: data was available for only 4 children; later data was not collected because of Covid-19.
    expect(find("school").caution).toMatch(/data for only 4 children.*Covid-19/);
    expect(find("school").caution).not.toMatch(/old enough/);
  });
  it("flags the savings figure with both ledger entries", () => {
    expect(find("cost").number).toBe("£3.8 million");
    expect(text("cost")).toContain("118 of 148");
    expect(text("cost")).toContain("£32,263");
    expect(find("cost").flags.map((f) => f.id).sort()).toEqual(["avoided-not-at-home", "cost-unit-swap"]);
    // Smallest: 32 × £32,263 for one year; largest: 118 × £52,676 × 18.
    expect(text("cost")).toContain("from £1.0 million to £111.9 million");
  });
});

describe("disputing", () => {
  const result = (figures: string[], ok = false) => ({ id: "c", rule: "r", ok, figures, expected: 1, actual: 2, tolerance: 0, arithmetic: "" });
  const entry = (id: string, results: ReturnType<typeof result>[]): PublishedLedgerEntry => ({ id, title: id, kind: "arithmetic", verdict: "disagreement", checks: ["c"], holds: [], statements: [], what: "", reading: "", figures: [], results });
  it("flags a figure that is a failing check's printed result, not one used as an input", () => {
    const ledger = [entry("target", [result(["a", "b"])]), entry("input", [result(["b", "a"])]), entry("passing", [result(["a"], true)])];
    expect(disputing(["a"], ledger).map((e) => e.id)).toEqual(["target"]);
  });
  it("does not flag the group total a flow diagram is measured against", () => {
    const total = { ...result(["a"]), rule: "flow-total" };
    expect(disputing(["a"], [entry("flow", [total])])).toEqual([]);
    // The 65 is flagged only for how the sample is described (some never engaged), not for any flow total.
    expect(find("reach").flags.map((f) => f.id)).toEqual(["sample-three-years"]);
  });
});

describe("dates", () => {
  it("writes dates the UK way", () => {
    expect(longDate(new Date("2026-11-22T12:00:00Z"))).toBe("22 November 2026");
  });
  it("uses SOURCE_DATE_EPOCH when set", () => {
    expect(longDate(buildDate({ SOURCE_DATE_EPOCH: "1795305600" }))).toBe("22 November 2026");
    const now = new Date("2030-01-01T00:00:00Z");
    expect(buildDate({}, now)).toBe(now);
  });
});
