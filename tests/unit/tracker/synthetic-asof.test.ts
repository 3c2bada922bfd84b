// An export as it stood at an earlier month: the examples' earlier releases.
import { describe, expect, it } from "vitest";
import { exportAsOf } from "../../../src/lib/tracker/synthetic-asof.ts";
import type { ExportRows } from "../../../src/lib/tracker/synthetic.ts";
import { sampleExport } from "../../fixtures/tracker-fixture.ts";

const HEADER: ExportRows["header"] = {
  "parents.csv": ["parent_id", "family_id", "referral_month", "closure_month", "closure_reason"],
  "circumstances.csv": ["parent_id", "time", "topic", "value"],
  "children.csv": ["child_id", "family_id", "status_at_closure"],
};
const EXPORT: ExportRows = {
  header: HEADER,
  rows: {
    "parents.csv": [
      ["P1", "F1", "2020-01", "2022-06", "completed"], // closed before the month: kept as it is
      ["P2", "F2", "2021-06", "2023-09", "completed"], // closed after the month: reopened
      ["P3", "F2", "2021-06", "2023-09", "completed"],
      ["P4", "F3", "2023-04", "", ""], // referred after the month: gone
    ],
    "circumstances.csv": [
      ["P1", "referral", "alcohol", "no"],
      ["P1", "three_years", "alcohol", "no"], // 38 months before 2023-03: kept
      ["P2", "three_years", "alcohol", "yes"], // 21 months before: dropped
      ["P2", "referral", "alcohol", "yes"],
      ["P4", "referral", "alcohol", "yes"],
    ],
    "children.csv": [
      ["C1", "F1", "cpp"],
      ["C2", "F2", "at_home"],
      ["C3", "F3", ""],
    ],
  },
};

describe("exportAsOf", () => {
  it("keeps parents referred by the month, undoes later closures and drops readings not yet due", () => {
    expect(exportAsOf(EXPORT, "2023-03").rows).toEqual({
      "parents.csv": [
        ["P1", "F1", "2020-01", "2022-06", "completed"],
        ["P2", "F2", "2021-06", "", ""],
        ["P3", "F2", "2021-06", "", ""],
      ],
      "circumstances.csv": [
        ["P1", "referral", "alcohol", "no"],
        ["P1", "three_years", "alcohol", "no"],
        ["P2", "referral", "alcohol", "yes"],
      ],
      "children.csv": [
        ["C1", "F1", "cpp"],
        ["C2", "F2", ""],
      ],
    });
  });

  it("keeps a three-year reading at exactly 36 months, and changes nothing once every reading is due and every closure past", () => {
    expect(exportAsOf(EXPORT, "2023-01").rows["circumstances.csv"]).toContainEqual(["P1", "three_years", "alcohol", "no"]);
    expect(exportAsOf(EXPORT, "2022-12").rows["circumstances.csv"]).not.toContainEqual(["P1", "three_years", "alcohol", "no"]);
    expect(exportAsOf(EXPORT, "2024-06")).toEqual(EXPORT);
  });

  it("does not change the export it is given, and is the same each time", () => {
    const ex = sampleExport(60, 4);
    const copy = structuredClone(ex);
    const a = exportAsOf(ex, "2023-03");
    expect(ex).toEqual(copy);
    expect(exportAsOf(ex, "2023-03")).toEqual(a);
    expect(a.rows["parents.csv"].length).toBeLessThan(ex.rows["parents.csv"].length);
    expect(() => exportAsOf(ex, "2023-13")).toThrow(/YYYY-MM/);
  });
});
