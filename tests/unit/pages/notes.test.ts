// The notes page's view functions, on the real ledger as the pipeline builds it
// from data/ (not public/data, so the test needs no earlier "npm run data").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkResultSchema, type CheckResult, type Figure } from "../../../src/lib/contract/site.ts";
import {
  arithmeticLine,
  checkFamily,
  checkSummary,
  formatArithmetic,
  ledgerCounts,
  neighbours,
  noteHref,
  noteSections,
  NOTES_ALL,
  statementLine,
  recoveryExample,
  roundingExample,
  smallBaseExample,
} from "../../../src/lib/pages/notes.ts";
import { isSmallBase } from "../../../src/lib/stats/wilson.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realOutputs } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;
// Throws, naming every problem, unless data/ builds without one.
const out = realOutputs();

const byId = () => {
  const map = new Map(out.figures.map((f) => [f.id, f]));
  return (id: string): Figure => {
    const f = map.get(id);
    if (!f) throw new Error(`no figure ${id}`);
    return f;
  };
};

// Counted from data/ledger.json itself, so an empty ledger fails instead of looping over nothing.
const LEDGER_ENTRIES = (JSON.parse(readFileSync(`${ROOT}data/ledger.json`, "utf8")) as unknown[]).length;

describe("noteSections on the real ledger", () => {
  it("gives every ledger entry a section with its arithmetic and every figure it names", () => {
    expect(LEDGER_ENTRIES).toBeGreaterThan(0);
    expect(out.ledger).toHaveLength(LEDGER_ENTRIES);
    const sections = noteSections(out.ledger, byId(), () => undefined);
    expect(sections).toHaveLength(LEDGER_ENTRIES);
    expect(sections.map((s) => s.id)).toEqual(out.ledger.map((e) => e.id));
    sections.forEach((s, i) => {
      const entry = out.ledger[i]!;
      expect(s.arithmetic).toHaveLength(entry.results.length);
      // Every entry shows something to check: failing arithmetic, or statements side by side.
      if (entry.kind === "arithmetic") expect(s.arithmetic.some((a) => a.disagrees)).toBe(true);
      else expect(s.statements.length).toBeGreaterThanOrEqual(2);
      for (const line of s.arithmetic) expect(line.arithmetic).toMatch(/\d/);
      expect(s.figures.map((f) => f.id)).toEqual(entry.figures);
      for (const f of s.figures) expect(f.value).toMatch(/\d/);
    });
  });

  it("shows a figure in its unit, with its base and source table", () => {
    const [s] = noteSections(
      out.ledger.filter((e) => e.id === "partner-abuse-base"),
      byId(),
      () => undefined,
    );
    // The text's "32 parents (57%) out of 57" (data/partner-abuse.csv, variant "text").
    expect(s!.figures).toEqual([
      expect.objectContaining({ category: "Partner abuse reported (text version)", value: "32", base: "57", period: "at referral", source: "Partner abuse" }),
      expect.objectContaining({ value: "57%", base: "57" }),
    ]);
  });

  it("marks counts recovered from chart fractions, and only those", () => {
    const sections = noteSections(out.ledger, byId(), () => undefined);
    const rows = sections.flatMap((s) => s.figures);
    const derived = new Set(out.figures.filter((f) => f.derived && f.derivation?.startsWith("Recovered")).map((f) => f.id));
    expect(rows.some((r) => r.recovered)).toBe(true);
    for (const r of rows) expect(r.recovered).toBe(derived.has(r.id));
  });

  it("lists each page where the figures appear once", () => {
    const pageOf = (d: string) => ({ href: `/${d}/`, title: d });
    const sections = noteSections(out.ledger, byId(), pageOf);
    expect(sections).toHaveLength(LEDGER_ENTRIES);
    for (const s of sections) {
      expect(new Set(s.pages.map((p) => p.href)).size).toBe(s.pages.length);
      // Wording entries about text alone (pathways, who runs a service) may cite no figure.
      if (s.figures.length > 0) expect(s.pages.length).toBeGreaterThan(0);
    }
  });

  it("fails on a figure id the data does not hold", () => {
    const broken = [{ ...out.ledger[0]!, figures: ["no.such.figure"] }];
    expect(() => noteSections(broken, byId(), () => undefined)).toThrow(/no figure/);
  });
});

describe("formatting the arithmetic", () => {
  it("uses minus and times signs and UK thousands separators, leaving years and decimals alone", () => {
    expect(formatArithmetic("65 + -21 = 44; printed 61")).toBe("65 − 21 = 44; printed 61");
    expect(formatArithmetic("32 x 52676 = 1685632")).toBe("32 × 52,676 = 1,685,632");
    expect(formatArithmetic("271 / 209 = 1.2967 in 2018")).toBe("271 / 209 = 1.2967 in 2018");
  });

  it("states the difference and what rounding allows", () => {
    const r: CheckResult = {
      id: "x",
      rule: "relation-ratio",
      ok: false,
      figures: [],
      expected: 1.4,
      actual: 271 / 209,
      tolerance: 0.05,
      arithmetic: "271 / 209 = 1.2967",
    };
    expect(arithmeticLine(r).comparison).toBe("The two sides differ by 0.1; rounding can explain at most 0.05.");
    expect(arithmeticLine({ ...r, expected: 37, actual: 40, tolerance: 0 }).comparison).toBe(
      "The two sides differ by 3; rounding cannot explain any difference.",
    );
  });
});

describe("checkSummary", () => {
  const check = (rule: string, ok: boolean): CheckResult => ({ id: rule, rule, ok, figures: [], expected: 0, actual: 0, tolerance: 0, arithmetic: "" });

  it("counts checks and failures by kind", () => {
    const s = checkSummary([check("percent", true), check("percent", false), check("sum-base", true), check("relation-sum", false)]);
    expect(s).toMatchObject({ total: 4, failing: 2 });
    expect(s.families.map((f) => [f.family, f.total, f.failing])).toEqual([
      ["percent", 2, 1],
      ["sum", 1, 0],
      ["relation", 1, 1],
    ]);
  });

  it("places every rule the pipeline runs in a named kind", () => {
    const rules = new Set(out.checks.map((c) => c.rule));
    // At least one rule of each kind the notes page explains.
    expect([...rules]).toEqual(expect.arrayContaining(["percent", "sum-base", "relation-sum", "flow-total", "recover-exact"]));
    for (const rule of rules) expect(checkFamily(rule), rule).not.toBe("other");
    const s = checkSummary(out.checks);
    expect(s.families.reduce((n, f) => n + f.total, 0)).toBe(out.checks.length);
    // Every failing check is explained by a ledger entry, so the counts agree.
    const explained = new Set(out.ledger.flatMap((e) => e.results.filter((r) => !r.ok).map((r) => r.id)));
    expect(s.failing).toBe(explained.size);
  });
});

describe("the checks' contract", () => {
  it("reads checks.json as written and rejects a record that breaks the schema (the checks collection parses with it)", () => {
    const checks = z.array(checkResultSchema);
    expect(checks.parse(JSON.parse(JSON.stringify(out.checks)))).toEqual(out.checks);
    expect(checks.safeParse([{ ...out.checks[0], ok: "yes" }]).success).toBe(false);
  });
});

describe("the worked examples on the notes page", () => {
  it("recovers the IMD series: each count over the base is exactly the fraction in data/chart-fractions.csv", () => {
    const ex = recoveryExample(out.figures.filter((f) => f.dataset === "deprivation"));
    const printed = readFileSync(`${ROOT}data/chart-fractions.csv`, "utf8")
      .split("\n")
      .filter((l) => l.startsWith(`${ex.series},`))
      .map((l) => Number(l.split(",")[6]));
    // The IMD chart has six bands (data/chart-fractions.csv: "fits all six").
    expect(printed).toHaveLength(6);
    expect(ex.counts).toHaveLength(printed.length);
    ex.counts.forEach((c, i) => expect(c.count / ex.base).toBe(printed[i]));
    expect(ex.counts.reduce((n, c) => n + c.count, 0)).toBe(ex.base);
    expect(Number(ex.counts[0]!.fraction)).toBe(printed[0]);
  });

  it("picks a small-base share and a rounded percentage that passed", () => {
    const small = smallBaseExample(publishedSet(out.figures, "Salford", realVocabulary()), "school-readiness", isSmallBase);
    expect(isSmallBase(small.base)).toBe(true);
    expect(small.count).toBeLessThanOrEqual(small.base);
    const r = roundingExample(out.checks);
    expect(r.ok).toBe(true);
    expect(Math.abs(r.actual - r.expected)).toBeGreaterThan(0);
    expect(Math.abs(r.actual - r.expected)).toBeLessThanOrEqual(r.tolerance);
  });
});

describe("the entries the review named (issue 10, item 3)", () => {
  const section = (id: string) => {
    const s = noteSections(
      out.ledger.filter((e) => e.id === id),
      byId(),
      () => undefined,
    )[0];
    if (!s) throw new Error(`no ledger entry ${id}`);
    return s;
  };

  it("labels the 84 as this site's arithmetic and the 118 as the report's", () => {
    const s = section("avoided-not-at-home");
    const ours = s.arithmetic.find((a) => a.arithmetic.includes("= 84"));
    const theirs = s.arithmetic.find((a) => a.arithmetic.startsWith("148 − 9 − 21 = 118"));
    expect(ours?.whose).toMatch(/^This site's/);
    expect(ours?.disagrees).toBe(true);
    expect(theirs?.whose).toMatch(/^The report's own/);
    expect(theirs?.disagrees).toBe(false);
  });

  it("shows probation's two percentages each failing on the other's base", () => {
    const failing = section("probation-share")
      .arithmetic.filter((a) => a.disagrees)
      .map((a) => a.arithmetic);
    expect(failing).toEqual([expect.stringMatching(/^100 × 6 \/ 40 = 15; printed 9 /), expect.stringMatching(/^100 × 6 \/ 65 = 9.2308; printed 15 /)]);
  });

  it("lists the £32,263 unit cost among the cost swap's figures", () => {
    expect(section("cost-unit-swap").figures.map((f) => f.value)).toContain("£32,263");
  });

  it("treats several primary needs per parent as explained, saying so", () => {
    const s = section("primary-need-totals");
    expect(s.verdict).toBe("explained");
    expect(s.what).toMatch(/several needs/);
  });

  it("never prints an equality of a number with itself", () => {
    const lines = noteSections(out.ledger, byId(), () => undefined).flatMap((s) => s.arithmetic.map((a) => a.arithmetic));
    for (const l of lines) expect(l).not.toMatch(/(^|\s)(\d[\d,.]*) = \2;/);
  });
});

describe("ledger counts and statements on /notes/", () => {
  it("counts explained entries apart from disagreements, and wording entries among them", () => {
    const sections = noteSections(out.ledger, byId(), () => undefined);
    const counts = ledgerCounts(sections);
    expect(counts.total).toBe(LEDGER_ENTRIES);
    expect(counts.explained).toBe(out.ledger.filter((e) => e.verdict === "explained").length);
    expect(counts.explained).toBeGreaterThan(0);
    expect(counts.disagreements + counts.explained).toBe(counts.total);
    expect(counts.wording).toBe(out.ledger.filter((e) => e.kind === "wording").length);
  });

  it("locates each statement by document and section, citing its figure when there is one", () => {
    const line = statementLine({ label: "15 women", says: "s", document: "evaluation", section: "Executive Summary", table: "Headline summary" });
    expect(line).toEqual({ label: "15 women", says: "s", where: "Evaluation report: Executive Summary, Headline summary", figure: null });
    expect(statementLine({ label: "x", says: "s", document: "services", section: "Stockport" }).where).toBe("North West list, row: Stockport");
  });
});

describe("an entry's own page", () => {
  it("is /notes/<id>/, and the whole ledger is a page no entry can take", () => {
    expect(noteHref("cost-unit-swap")).toBe("/notes/cost-unit-swap/");
    expect(NOTES_ALL).toBe("/notes/all/");
  });

  it("links to the entries before and after it in ledger order, none past either end", () => {
    const list = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(neighbours(list, "b")).toEqual({ previous: { id: "a" }, next: { id: "c" } });
    expect(neighbours(list, "a")).toEqual({ previous: undefined, next: { id: "b" } });
    expect(neighbours(list, "c")).toEqual({ previous: { id: "b" }, next: undefined });
    expect(() => neighbours(list, "d")).toThrow(/no entry d/);
  });
});
