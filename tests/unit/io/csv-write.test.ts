// The one CSV writer (src/lib/io/csv-write.ts): quotes only where a cell needs it, and what it writes reads back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, readCsvText } from "../../../src/lib/io/csv-read.ts";
import { csvCell, csvRows, toCsv } from "../../../src/lib/io/csv-write.ts";

describe("the CSV writer", () => {
  it("quotes a cell only for a comma, a quote or a line break, doubling quotes", () => {
    expect(["plain", "a b", "x,y", 'say "hi"', "two\nlines", "cr\r", ""].map(csvCell)).toEqual([
      "plain",
      "a b",
      '"x,y"',
      '"say ""hi"""',
      '"two\nlines"',
      '"cr\r"',
      "",
    ]);
  });

  it("writes records in the columns' order: missing values empty, lists joined by spaces, a newline after every line", () => {
    expect(
      toCsv(
        ["b", "a", "c"],
        [
          { a: 1, b: ["x", "y"], c: null },
          { a: undefined, b: "z,", c: false },
        ],
      ),
    ).toBe('b,a,c\nx y,1,\n"z,",,false\n');
    expect(toCsv(["a"], [])).toBe("a\n");
  });

  it("writes CSV that reads back to the same cells", () => {
    const rows = [{ a: 'x, "y"', b: 2, c: null }];
    expect(parseCsv(toCsv(["a", "b", "c"], rows), "f.csv").records[0]?.cells).toEqual({ a: 'x, "y"', b: "2", c: "" });
  });

  it("reads back any rows of two or more cells unchanged (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ", "é"), maxLength: 5 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (table) => {
        const read: string[][] = [];
        const result = readCsvText(csvRows(table), (cells) => read.push(cells));
        expect(read).toEqual(table);
        expect(result.unterminatedAt).toBeUndefined();
        expect(result.strayQuoteAt).toBeUndefined();
      }),
    );
  });
});
