import { describe, expect, it } from "vitest";
import { parseCsv, splitCsv, toCsv } from "../../src/lib/csv.ts";
import { dataProblems } from "./helpers.ts";

const problemOf = (fn: () => unknown) => dataProblems(fn)[0];

describe("parseCsv", () => {
  it("reads quoted cells with commas, doubled quotes and newlines", () => {
    const t = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n', "f.csv");
    expect(t.header).toEqual(["a", "b"]);
    expect(t.records).toEqual([{ line: 2, cells: { a: "x, y", b: 'say "hi"\nthere' } }]);
  });

  it("numbers records by the line they start on", () => {
    const t = parseCsv('a,b\n1,"two\nlines"\n3,4\n', "f.csv");
    expect(t.records.map((r) => r.line)).toEqual([2, 4]);
  });

  it("rejects a short row with its line", () => {
    expect(problemOf(() => parseCsv("a,b,c\n1,2,3\n4,5\n", "f.csv"))).toMatchObject({ file: "f.csv", line: 3, rule: "csv-short-row" });
  });

  it("rejects a long row", () => {
    expect(problemOf(() => parseCsv("a,b\n1,2,3\n", "f.csv"))).toMatchObject({ line: 2, rule: "csv-long-row" });
  });

  it("rejects a file cut off inside a quoted cell", () => {
    expect(problemOf(() => parseCsv('a,b\n1,2\n3,"unfinished', "f.csv"))).toMatchObject({ line: 3, rule: "csv-unterminated" });
  });

  it("rejects a stray quote inside an unquoted cell", () => {
    expect(problemOf(() => splitCsv('a,b\nab"c,d\n', "f.csv"))).toMatchObject({ line: 2, rule: "csv-quote" });
  });

  it("rejects a repeated column name", () => {
    expect(problemOf(() => parseCsv("a,a\n1,2\n", "f.csv"))).toMatchObject({ rule: "csv-header", column: "a" });
  });

  it("writes CSV that reads back to the same cells", () => {
    const rows = [{ a: 'x, "y"', b: 2, c: null }];
    const text = toCsv(["a", "b", "c"], rows);
    expect(parseCsv(text, "f.csv").records[0]?.cells).toEqual({ a: 'x, "y"', b: "2", c: "" });
  });
});
