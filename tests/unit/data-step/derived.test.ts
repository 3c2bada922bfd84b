// Our own groupings of published figures: computed by the build, published as
// derived with their arithmetic, and equal to what the pages show.
import { describe, expect, it } from "vitest";
import { deriveFigures, DERIVED_TABLE } from "../../../src/lib/data-step/derive/derived.ts";
import { readRows } from "../../../src/lib/data-step/read/cells.ts";
import { DERIVED_COLUMNS } from "../../../src/lib/data-step/read/input-columns.ts";
import { DataError } from "../../../src/lib/errors.ts";
import { figures } from "../../fixtures/helpers.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";

const HEADER = DERIVED_COLUMNS.map((c) => c.name).join(",");
const parts = figures("t9", ["kids,,closure,CPP,count,13,148,,,Table 9,Outcomes,", "kids,,closure,Universal,count,50,148,,,Table 9,Outcomes,"]);
const byId = new Map(parts.map((l) => [l.figure.id, l]));
const derive = (line: string) => deriveFigures(readRows(`${HEADER}\n${line}\n`, "data/derived.csv", DERIVED_COLUMNS), byId, () => "Doc");

describe("deriveFigures", () => {
  it("adds up its inputs and says how", () => {
    const [d] = derive("t9,kids,,closure,At home,sum,t9.cpp.kids.closure.count t9.universal.kids.closure.count,148,Statuses for living at home");
    expect(d?.figure).toMatchObject({ id: "t9.at-home.kids.closure.count", value: 63, base: 148, derived: true, source: { table: DERIVED_TABLE } });
    expect(d?.figure.derivation).toContain("13 + 50 = 63");
  });

  it("names the row of an input that does not exist", () => {
    try {
      derive("t9,kids,,closure,At home,sum,t9.cpp.kids.closure.count t9.nothing.count,148,x");
      throw new Error("expected a DataError");
    } catch (e) {
      expect((e as DataError).problems[0]).toMatchObject({ file: "data/derived.csv", line: 2, id: "unknown-figure", value: "t9.nothing.count" });
    }
  });

  it("refuses a count larger than its base, and an unknown rule", () => {
    expect(() => derive("t9,kids,,closure,At home,sum,t9.cpp.kids.closure.count t9.universal.kids.closure.count,60,x")).toThrow(/larger than its base/);
    expect(() => derive("t9,kids,,closure,At home,mean,t9.cpp.kids.closure.count,148,x")).toThrow(/not one of sum, difference/);
  });
});

describe("the published groupings, defined once in data/vocabulary.csv", () => {
  const derived = (dataset: string, category: string) => {
    const f = realFigures(dataset).find((x) => x.source.table === DERIVED_TABLE && x.category === category && x.measure === "count");
    if (!f) throw new Error(`no derived figure ${category}`);
    return f;
  };

  it("84 of 148 children with an at-home status: Table 9's 13 Child Protection Plan + 10 Child in Need + 11 Early Help + 50 Universal", () => {
    const f = derived("child-outcomes", "At-home status (our grouping)");
    expect([f.value, f.base]).toEqual([84, 148]);
    expect(f.derivation).toContain("13 + 10 + 11 + 50 = 84");
  });

  it("156 of 234 in the most deprived tenth of areas: 59 + 28 + 69, and its share 67%", () => {
    expect(derived("deprivation", "Most deprived 10% of areas (our sum)").value).toBe(59 + 28 + 69);
    const share = realFigures("deprivation").find((x) => x.category === "Most deprived 10% of areas (our sum)" && x.measure === "percent")!;
    expect(share.value).toBe(67);
    expect(share.derivation).toContain("100 × 156 / 234 = 66.67, rounded to 67");
  });
});
