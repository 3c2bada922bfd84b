// Relationships, housing and work on /wellbeing/: the charts draw the reading
// the notes recommend (the report's text and flow diagram), and Table 6 stays
// beside them as printed, with the cells that differ marked. Expected counts
// for the real data are the ledger's own readings (data/ledger.json), written
// from the report, not read back from this code.
import { describe, expect, it } from "vitest";
import {
  abuseChangeTitle,
  measuresTitle,
  readingSummary,
  readingTable,
  readingTitle,
  recommendedReading,
  table6Changes,
} from "../../../src/lib/figures/wellbeing-tables.ts";
import type { Figure, Flow } from "../../../src/lib/contract/site.ts";
import { readingFigures } from "../../../src/lib/data-step/derive/readings.ts";
import { formatProblem } from "../../../src/lib/errors.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { printedTable } from "../../../src/lib/pages/wellbeing.ts";
import { figures } from "../../fixtures/helpers.ts";
import { realFigures, realOutputs } from "../../fixtures/real-outputs.ts";
import { flowLines } from "../../fixtures/flows.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const S = "Detailed Findings";
const A = "all parents";
const T = "housing status";
// 100 parents: 80 known at referral, 90 after; "Shared" exists only after.
const flows = flowLines(
  T,
  `Rent → Rent: 40
   Rent → Shared: 10
   Family → Rent: 20
   Family → Not known: 10
   Not known → Family: 20`,
  S,
);
const row = (period: string, category: string, measure: string, value: number, base: number, table = "Table 6", variant = "") =>
  `${A},${T},${period},${category},${measure},${value},${base},,${variant},${table},${S},`;
// Table 6 prints Family after three years as 30 of 90: the diagram says 20.
const printed = figures("wellbeing", [
  row("at referral", "Rent", "count", 50, 80),
  row("at referral", "Rent", "percent", 63, 80),
  row("at referral", "Family", "count", 30, 80),
  row("at referral", "Family", "percent", 38, 80),
  row("after three years", "Rent", "count", 60, 90),
  row("after three years", "Rent", "percent", 67, 90),
  row("after three years", "Family", "count", 30, 90),
  row("after three years", "Family", "percent", 33, 90),
]).map((l) => l.figure);

/** The data step's readings (src/lib/data-step/derive/readings.ts) over these flows and text figures, as the pipeline publishes them. */
function publish(fl: Flow[], text: Figure[]): { figures: Figure[]; problems: string[] } {
  const located = text.map((figure, i) => ({ figure, file: "data/wellbeing.csv", line: i + 2 }));
  const out = readingFigures(
    fl.map((flow, i) => ({ flow, file: "data/wellbeing-flows.csv", line: i + 2 })),
    located,
    "D",
  );
  return { figures: [...text, ...out.figures.map((l) => l.figure)], problems: out.problems.map(formatProblem) };
}
const reading = (fl: Flow[], text: Figure[], order: string[]) => recommendedReading(publish(fl, text).figures, T, order);

describe("recommendedReading", () => {
  const r = reading(flows, printed, ["Family", "Rent"]);

  it("takes each side's totals from the diagram, leaving out 'Not known', in Table 6's order", () => {
    expect(r.list.map((c) => [c.category, c.before.count, c.before.base, c.after.count, c.after.base])).toEqual([
      ["Family", 30, 80, 20, 90],
      ["Rent", 50, 80, 60, 90],
      ["Shared", 0, 80, 10, 90],
    ]);
    expect(r.notKnown).toEqual({ before: 20, after: 10 });
  });

  it("works out whole percentages from the counts", () => {
    // 30 of 80 is 37.5% and 50 of 80 is 62.5%: halves round up, as the report prints.
    expect(r.list.map((c) => c.before.percent)).toEqual([38, 63, 0]);
    // 20 of 90 is 22.2%, 60 of 90 is 66.7%, 10 of 90 is 11.1%.
    expect(r.list.map((c) => c.after.percent)).toEqual([22, 67, 11]);
  });

  it("stops the data step when the report's text gives another base or count, naming the text figure's file and line", () => {
    const text = (value: number, base: number) =>
      figures("wellbeing", [row("after three years", "Rent", "count", value, base, "Client contexts", "text")]).map((l) => l.figure);
    expect(publish(flows, text(60, 90)).problems).toEqual([]);
    expect(publish(flows, text(60, 91)).problems).toEqual([
      expect.stringMatching(/^data\/wellbeing\.csv, line 2: \[reading-disagrees\].*base 91 is not the diagram's 90/),
    ]);
    expect(publish(flows, text(59, 90)).problems).toEqual([expect.stringMatching(/\[reading-disagrees\].*count is not the diagram's 60/)]);
  });

  it("keeps Table 6 as printed, marking only the cells that differ, and says which rows it lacks", () => {
    const t = printedTable(table6Changes(publishedSet(printed, "Salford", realVocabulary()), [T]), r, "Housing");
    expect(t.rows).toEqual([
      ["Rent", "63% (50 of 80)", "67% (60 of 90)"],
      ["Family", "38% (30 of 80)", "33% (30 of 90) (printed; see note)"],
      ["Shared", "Not a row in Table 6", "Not a row in Table 6"],
    ]);
    expect(t.caption).toMatch(/as printed/);
  });

  it("names every status tied for the most common", () => {
    const tie = reading(flowLines(T, "A → A: 2\nB → B: 2", S), [], []);
    expect(readingTitle(tie, "housing status")).toBe("A and B were equally the most common housing status after three years, as at referral");
    expect(readingTitle(r, "housing status")).toBe("Rent was the most common housing status after three years, as at referral");
  });

  it("says in the summary and the table caption which reading the chart draws", () => {
    expect(readingSummary(r)).toContain("reading recommended in the notes (the report's text and flow diagram)");
    expect(readingSummary(r)).toContain("Family: 38% (30 of 80) at referral → 22% (20 of 90) after three years.");
    expect(readingSummary(r)).toContain("left out: 20 at referral and 10 after three years.");
    expect(readingTable(r, "Housing").caption).toContain("reading recommended in the notes");
  });
});

describe("the real relationships, housing and work", () => {
  const wb = realFigures("wellbeing");
  const set = publishedSet(wb, "Salford", realVocabulary());
  const read = (topic: string) =>
    recommendedReading(
      wb,
      topic,
      table6Changes(set, [topic]).map((c) => c.category),
    );
  const counts = (topic: string, side: "before" | "after") => Object.fromEntries(read(topic).list.map((c) => [c.category, c[side].count]));
  const ledger = (id: string) => realOutputs().ledger.find((e) => e.id === id)!.reading;

  it("gives housing at referral out of 61 (ledger: housing-at-referral-base)", () => {
    expect(ledger("housing-at-referral-base")).toContain("Housing Association 33 (54%), living with family 14 (23%), private rent 12 (20%), homeless 2 (3%)");
    expect(counts("housing status", "before")).toEqual({ "Housing Association": 33, "Living with family": 14, "Private rent": 12, Homeless: 2 });
    expect(read("housing status").list.map((c) => `${c.before.percent} of ${c.before.base}`)).toEqual(["54 of 61", "20 of 61", "23 of 61", "3 of 61"]);
  });

  it("gives housing after three years out of 55, with 2 living with family, not 15 (ledger: housing-after-three-years)", () => {
    expect(ledger("housing-after-three-years")).toContain(
      "36 Housing Association (65%), 15 private rent (27%), 2 living with family (4%), 2 homeless (4%), out of 55",
    );
    expect(counts("housing status", "after")).toEqual({ "Housing Association": 36, "Private rent": 15, "Living with family": 2, Homeless: 2 });
    expect(read("housing status").list.map((c) => c.after.percent)).toEqual([65, 27, 4, 4]);
  });

  it("gives relationships after three years out of 54, friends with those in a relationship (ledger: relationship-after-three-years)", () => {
    expect(ledger("relationship-after-three-years")).toContain("33 co-habiting or married, 12 in a relationship or friends, 9 single or separated");
    expect(counts("relationship status", "after")).toEqual({ "Co-habiting/Married": 33, "In a relationship": 12, "Single/separated": 9 });
    expect(read("relationship status").list.find((c) => c.category === "Single/separated")!.after.percent).toBe(17);
  });

  it("gives work after three years out of 56, with 1 volunteering (ledger: employment-volunteering)", () => {
    expect(ledger("employment-volunteering")).toContain("39 unemployed, 14 employed, 2 self-employed, 1 volunteering");
    expect(counts("employment status", "after")).toMatchObject({ Unemployed: 39, Employed: 14, "Self-employed": 2, Volunteering: 1 });
    expect(read("employment status").list[0]!.after.base).toBe(56);
  });

  it("no longer says living with family rose: the summary uses the recommended 2 of 55", () => {
    const s = readingSummary(read("housing status"));
    expect(s).toContain("Living with family: 23% (14 of 61) at referral → 4% (2 of 55) after three years.");
    expect(s).not.toMatch(/Living with family: [^.]*15 of 55/);
  });

  it("marks the printed Table 6 cells the notes dispute and leaves the rest plain", () => {
    const housing = printedTable(table6Changes(set, ["housing status"]), read("housing status"), "Housing");
    const cell = (t: typeof housing, r: string, col: number) => t.rows.find((x) => x[0] === r)![col];
    expect(cell(housing, "Living with family", 2)).toBe("27% (15 of 55) (printed; see note)");
    expect(cell(housing, "Housing Association", 2)).toBe("65% (36 of 55)");
    // Every at-referral cell rests on the printed base of 62.
    expect(housing.rows.every((r) => r[1]!.endsWith("(printed; see note)"))).toBe(true);
    const work = printedTable(table6Changes(set, ["employment status"]), read("employment status"), "Work");
    expect(cell(work, "Volunteering", 2)).toBe("Not a row in Table 6");
    const rel = printedTable(table6Changes(set, ["relationship status"]), read("relationship status"), "Relationships");
    expect(cell(rel, "Single/separated", 2)).toBe("16% (9 of 54) (printed; see note)");
    expect(cell(rel, "Co-habiting/Married", 1)).toBe("61% (38 of 62)");
  });
});

describe("titles that handle every direction", () => {
  const share = (percent: number) => ({ percent });

  it("says 'the same share' when partner abuse did not move", () => {
    expect(abuseChangeTitle(share(20), share(20))).toMatch(/same share/);
    expect(abuseChangeTitle(share(57), share(20))).toMatch(/smaller share/);
    expect(abuseChangeTitle(share(20), share(57))).toMatch(/larger share/);
  });

  it("words the measures' title whichever lists are empty", () => {
    const real = table6Changes(publishedSet(realFigures("wellbeing"), "Salford", realVocabulary()), [
      "alcohol",
      "drugs",
      "medication for emotional problems",
      "probation",
    ]);
    expect(measuresTitle(real)).toMatch(
      /^Problems with alcohol, problems with drugs and contact with probation were recorded for a smaller share .*; medication for emotional problems barely changed$/,
    );
    expect(measuresTitle(real.filter((c) => c.topic === "medication for emotional problems"))).toBe("Medication for emotional problems barely changed");
  });
});
