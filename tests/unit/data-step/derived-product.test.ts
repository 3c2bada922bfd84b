// The "product" rule of data/derived.csv: a count times one figure with a unit
// (£ per case), and over years where the unit is yearly. Expected values are
// worked by hand from the report's unit costs (£32,263 and £52,676), not read
// back from the code.
import { describe, expect, it } from "vitest";
import { deriveFigures } from "../../../src/lib/data-step/derive/derived.ts";
import { readRows } from "../../../src/lib/data-step/read/cells.ts";
import { DERIVED_COLUMNS } from "../../../src/lib/data-step/read/input-columns.ts";
import { dataProblems, figures } from "../../fixtures/helpers.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";

const HEADER = DERIVED_COLUMNS.map((c) => c.name).join(",");
const inputs = figures("c", [
  "kids,,,At home,count,84,148,,,Table 9,Outcomes,",
  "kids,,,Sample,count,32,38,,,Table 8,Outcomes,",
  "England,,,Proceedings,gbp,32263,,,,Costs,Summary,",
  "England,,,Care,gbp,52676,,,,Costs,Summary,",
  "kids,,,Projected,years,18,,,,Costs,Summary,",
]);
const byId = new Map(inputs.map((l) => [l.figure.id, l]));
const derive = (line: string) => deriveFigures(readRows(`${HEADER}\n${line}\n`, "data/derived.csv", DERIVED_COLUMNS), byId, () => "Doc");
const problemOf = (line: string) => dataProblems(() => derive(line))[0];

describe("the product rule", () => {
  it("multiplies a count by a unit cost, keeps the £ and says how: 84 × £32,263 = £2,710,092", () => {
    const [d] = derive("c,kids,readings,,At home once,product,c.at-home.kids.count c.proceedings.england.gbp,,At-home children at the one-off cost");
    expect(d?.figure).toMatchObject({ id: "c.readings.at-home-once.kids.gbp", measure: "gbp", value: 2_710_092, base: null, derived: true });
    expect(d?.figure.derivation).toBe("At-home children at the one-off cost: 84 × 32263 = 2710092 (from c.at-home.kids.count, c.proceedings.england.gbp).");
  });

  it("runs a yearly cost over years: 32 × £52,676 × 18 = £30,341,376", () => {
    const [d] = derive("c,kids,readings,,Sample over years,product,c.sample.kids.count c.care.england.gbp c.projected.kids.years,,x");
    expect([d?.figure.measure, d?.figure.value]).toEqual(["gbp", 30_341_376]);
  });

  it("names the file, line and rule of a product with no unit, two units or a negated input", () => {
    const at = { file: "data/derived.csv", line: 2, column: "inputs", id: "product-needs-one-unit" };
    expect(problemOf("c,kids,readings,,Counts,product,c.at-home.kids.count c.sample.kids.count,,x")).toMatchObject(at);
    expect(problemOf("c,kids,readings,,Units,product,c.at-home.kids.count c.proceedings.england.gbp c.care.england.gbp,,x")).toMatchObject(at);
    expect(problemOf("c,kids,readings,,Negated,product,-c.at-home.kids.count c.proceedings.england.gbp,,x")).toMatchObject(at);
    expect(problemOf("c,kids,readings,,Alone,product,c.proceedings.england.gbp,,x")).toMatchObject(at);
  });

  it("names the row of an input that does not exist", () => {
    expect(problemOf("c,kids,readings,,Missing,product,c.nothing.kids.count c.proceedings.england.gbp,,x")).toMatchObject({
      file: "data/derived.csv",
      line: 2,
      id: "unknown-figure",
      value: "c.nothing.kids.count",
    });
  });
});

describe("the published readings of the at-home children (data/derived.csv)", () => {
  const reading = (category: string) => realFigures("costs").find((f) => f.derived && f.category === category)?.value;
  it("84 × £32,263 once, 84 × £52,676 for one year and for 18 years", () => {
    expect(reading("At-home status × one-off cost of care proceedings (our product)")).toBe(2_710_092);
    expect(reading("At-home status × cost of a year in care (our product)")).toBe(4_424_784);
    expect(reading("At-home status × cost of a year in care × years projected (our product)")).toBe(79_646_112);
  });
  it("the 64 children of Table 9 without an at-home status: 148 − 84", () => {
    const f = realFigures("child-outcomes").find((x) => x.derived && x.category === "Other than an at-home status (our difference)");
    expect([f?.value, f?.base]).toEqual([64, 148]);
    expect(f?.derivation).toContain("148 - 84 = 64");
  });
});
