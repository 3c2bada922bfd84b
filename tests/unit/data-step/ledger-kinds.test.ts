// The ledger's two kinds of entry and its cited checks: wording entries must set
// statements side by side in sections and figures that exist; "holds" checks
// must pass; relation arithmetic reads as true arithmetic and names whose it is.
import { describe, expect, it } from "vitest";
import { reconcileLedger, REPORT_HEADINGS, type KnownLocations } from "../../../src/lib/data-step/derive/checks/ledger.ts";
import { describe as describeRelation } from "../../../src/lib/data-step/derive/checks/relations.ts";
import { ledgerEntrySchema, type LedgerEntry } from "../../../src/lib/contract/ledger.ts";
import { realOutputs } from "../../fixtures/real-outputs.ts";
import { outcome } from "../../fixtures/outcome.ts";

const known: KnownLocations = {
  figures: new Set(["fig.team", "fig.focus"]),
  sections: { evaluation: new Set(["Salford response", "Evaluation methodology"]), services: new Set(["Salford"]) },
};
const statement = (section: string, figure?: string) => ({
  label: "8",
  says: "in our words",
  document: "evaluation" as const,
  section,
  ...(figure ? { figure } : {}),
});
const wording = (statements: ReturnType<typeof statement>[]): LedgerEntry => ({
  id: "team",
  title: "t",
  kind: "wording",
  verdict: "disagreement",
  checks: [],
  holds: [],
  statements,
  effects: [],
  what: "w",
  reading: "r",
});

describe("wording entries", () => {
  it("accept two located statements that cite figures which exist, and link those figures", () => {
    const r = reconcileLedger([], [wording([statement("Salford response", "fig.team"), statement("Evaluation methodology", "fig.focus")])], known);
    expect(r.problems).toEqual([]);
    expect(r.entries[0]?.figures).toEqual(["fig.focus", "fig.team"]);
    expect(r.notesByFigure.get("fig.team")).toEqual(["team"]);
  });

  it("fail when a statement cites a figure that does not exist", () => {
    const r = reconcileLedger([], [wording([statement("Salford response", "fig.gone"), statement("Evaluation methodology")])], known);
    expect(r.problems).toMatchObject([{ id: "ledger-unknown-figure", value: "fig.gone" }]);
  });

  it("fail when a statement sits in a section the data does not know", () => {
    const r = reconcileLedger([], [wording([statement("Page 12"), statement("Salford response")])], known);
    expect(r.problems).toMatchObject([{ id: "ledger-unknown-section", value: "Page 12" }]);
  });

  it("need at least two statements, and arithmetic entries at least one check", () => {
    expect(ledgerEntrySchema.safeParse(wording([statement("Salford response")])).success).toBe(false);
    expect(ledgerEntrySchema.safeParse({ ...wording([]), kind: "arithmetic" }).success).toBe(false);
    expect(ledgerEntrySchema.safeParse({ ...wording([]), kind: "arithmetic", checks: ["x"] }).success).toBe(true);
  });
});

describe("checks an entry cites as holding", () => {
  const entry: LedgerEntry = { ...wording([]), kind: "arithmetic", checks: ["bad"], holds: ["good"] };

  it("are published beside the failing ones", () => {
    const r = reconcileLedger([outcome("bad", false), outcome("good", true)], [entry], known);
    expect(r.problems).toEqual([]);
    expect(r.entries[0]?.results.map((x) => [x.id, x.ok])).toEqual([
      ["bad", false],
      ["good", true],
    ]);
    // Both checks' figures are listed with the entry; only the failing one's are flagged as in dispute.
    expect(r.entries[0]?.figures).toEqual(["fig.bad", "fig.good"]);
    expect(r.notesByFigure.get("fig.bad")).toEqual(["team"]);
    expect(r.notesByFigure.has("fig.good")).toBe(false);
  });

  it("stop the build when they no longer hold", () => {
    const r = reconcileLedger([outcome("bad", false), outcome("good", false)], [entry], known);
    expect(r.problems).toContainEqual(expect.objectContaining({ id: "ledger-holds-fails", value: "good" }));
  });
});

describe("relation arithmetic in words", () => {
  it("names both printed figures for an equality instead of writing 29 = 29", () => {
    const text = describeRelation("equal", [29], 29, 33, "text against Table 5");
    expect(text).toBe("printed 33 in one place and 29 in the other (text against Table 5)");
    expect(text).not.toMatch(/(\d+) = \1/);
  });

  it("shows the factor of 100 in a percentage", () => {
    expect(describeRelation("percent", [6, 40], 15, 9, "d")).toBe("100 x 6 / 40 = 15; printed 9 (d)");
  });
});

describe("the published ledger", () => {
  // Built from data/ through the real pipeline, so no earlier "npm run data" is needed.
  const ledger = realOutputs().ledger;

  it("has entries of both kinds, and every wording entry's sections are report headings or data sections", () => {
    expect(ledger.length).toBeGreaterThan(30);
    expect(ledger.some((e) => e.kind === "wording")).toBe(true);
    for (const e of ledger.filter((x) => x.kind === "arithmetic")) expect(e.results.some((r) => !r.ok)).toBe(true);
    expect(REPORT_HEADINGS).toContain("Salford response");
  });

  it("never shows a relation line comparing a number with itself, and labels whose every relation line is", () => {
    const relationLines = ledger.flatMap((e) => e.results).filter((r) => r.rule.startsWith("relation-"));
    expect(relationLines.length).toBeGreaterThan(20);
    for (const r of relationLines) {
      expect(r.arithmetic).not.toMatch(/(^|\s)(\d+(?:\.\d+)?) = \2;/);
      expect(["report", "site"]).toContain(r.whose);
    }
  });
});

describe("effects: what the reading we recommend does to a disputed figure", () => {
  const measured: KnownLocations = {
    ...known,
    figures: new Set(["fig.team", "fig.focus", "fig.cost"]),
    measures: new Map([
      ["fig.team", "count"],
      ["fig.focus", "count"],
      ["fig.cost", "gbp"],
    ]),
  };
  const withEffects = (effects: LedgerEntry["effects"]): LedgerEntry => ({
    ...wording([statement("Salford response", "fig.team"), statement("Evaluation methodology")]),
    effects,
  });
  it("accept a figure the entry concerns, unchanged or read as another figure of the same measure", () => {
    expect(reconcileLedger([], [withEffects([{ figure: "fig.team", becomes: null }])], measured).problems).toEqual([]);
    expect(reconcileLedger([], [withEffects([{ figure: "fig.team", becomes: "fig.focus" }])], measured).problems).toEqual([]);
  });
  it("fail on a figure the entry does not concern, an unknown figure, another measure or a figure given twice", () => {
    expect(reconcileLedger([], [withEffects([{ figure: "fig.focus", becomes: null }])], measured).problems).toMatchObject([{ id: "ledger-effect-figure" }]);
    expect(reconcileLedger([], [withEffects([{ figure: "fig.team", becomes: "fig.gone" }])], measured).problems).toMatchObject([
      { id: "ledger-effect-unknown-figure" },
    ]);
    expect(reconcileLedger([], [withEffects([{ figure: "fig.team", becomes: "fig.cost" }])], measured).problems).toMatchObject([
      { id: "ledger-effect-measure" },
    ]);
    const twice = reconcileLedger(
      [],
      [
        withEffects([
          { figure: "fig.team", becomes: null },
          { figure: "fig.team", becomes: "fig.focus" },
        ]),
      ],
      measured,
    );
    expect(twice.problems).toMatchObject([{ id: "ledger-effect-duplicate" }]);
  });
});
