import { describe, expect, it } from "vitest";
import { checkKnownValues, checkUniqueKeys, decimalsOf, readRows } from "../../../src/lib/data-step/read/cells.ts";
import { FIGURE_COLUMNS } from "../../../src/lib/data-step/read/input-columns.ts";
import { dataProblems, HEADER } from "../../fixtures/helpers.ts";

const GOOD = "women,referral source,,Midwifery,count,19,37,,,Table 2,Referrals,";

const problems = dataProblems;

const read = (text: string) => readRows(text, "data/x.csv", FIGURE_COLUMNS);

describe("readRows", () => {
  it("reads a good row with types", () => {
    const [row] = read(`${HEADER}\n${GOOD}\n`);
    expect(row?.cells).toMatchObject({ group: "women", value: 19, base: 37, topic: "referral source", period: null });
  });

  it("names a missing column", () => {
    const header = HEADER.replace("base,", "");
    expect(problems(() => read(`${header}\n`))).toContainEqual(expect.objectContaining({ id: "missing-column", column: "base", line: 1 }));
  });

  it("names a renamed column as both missing and unknown", () => {
    const header = HEADER.replace("value", "amount");
    const found = problems(() => read(`${header}\n${GOOD}\n`)).map((p) => `${p.id}:${p.column}`);
    expect(found).toEqual(expect.arrayContaining(["missing-column:value", "unknown-column:amount"]));
  });

  it("rejects a letter in a number, naming line, column and value", () => {
    const bad = GOOD.replace(",19,", ",1O,");
    expect(problems(() => read(`${HEADER}\n${GOOD}\n${bad}\n`))[0]).toMatchObject({
      file: "data/x.csv",
      line: 3,
      column: "value",
      id: "type-number",
      value: "1O",
    });
  });

  it("rejects a fractional base", () => {
    expect(problems(() => read(`${HEADER}\n${GOOD.replace(",37,", ",37.5,")}\n`))[0]).toMatchObject({ column: "base", id: "type-whole" });
  });

  it("rejects an unknown measure", () => {
    expect(problems(() => read(`${HEADER}\n${GOOD.replace("count", "number")}\n`))[0]).toMatchObject({ column: "measure", id: "type-measure" });
  });

  it("rejects an empty required cell", () => {
    expect(problems(() => read(`${HEADER}\n${GOOD.replace("Midwifery", "")}\n`))[0]).toMatchObject({ column: "category", message: "a required cell is empty" });
  });

  it("rejects padding spaces, which would make two keys look alike", () => {
    expect(problems(() => read(`${HEADER}\n${GOOD.replace("Midwifery", "Midwifery ")}\n`))[0]).toMatchObject({ column: "category" });
  });

  it("rejects a short row", () => {
    expect(problems(() => read(`${HEADER}\n${GOOD}\nwomen,x\n`))[0]).toMatchObject({ line: 3, id: "csv-short-row" });
  });

  it("counts decimals as printed", () => {
    expect(decimalsOf("67.7")).toBe(1);
    expect(decimalsOf("51")).toBe(0);
    expect(decimalsOf("0.25")).toBe(2);
  });
});

describe("checkUniqueKeys and checkKnownValues", () => {
  const rows = read(`${HEADER}\n${GOOD}\n${GOOD}\n`);

  it("rejects a duplicated row naming both lines", () => {
    expect(problems(() => checkUniqueKeys(rows, (r) => r.raw["category"] ?? ""))[0]).toMatchObject({
      line: 3,
      id: "duplicate-key",
      message: "same key as line 2",
    });
  });

  it("rejects a category outside the known list", () => {
    expect(problems(() => checkKnownValues(rows, "category", ["Police"]))[0]).toMatchObject({
      line: 2,
      column: "category",
      id: "unknown-value",
      value: "Midwifery",
    });
  });

  it("accepts known values", () => {
    expect(() => checkKnownValues(rows, "category", ["Midwifery"])).not.toThrow();
  });
});
