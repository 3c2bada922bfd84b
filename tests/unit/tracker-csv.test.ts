// The streaming CSV reader: RFC 4180 cells, the line each row starts on, and
// the same rows whatever the chunk boundaries.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvParser } from "../../src/lib/tracker/csv-stream.ts";

function rowsOf(text: string, chunks?: number[]): { rows: [number, string[]][]; result: ReturnType<CsvParser["end"]> } {
  const rows: [number, string[]][] = [];
  const parser = new CsvParser((cells, line) => rows.push([line, cells]));
  if (!chunks) parser.push(text);
  else {
    let at = 0;
    for (const size of chunks) {
      parser.push(text.slice(at, at + size));
      at += size;
    }
    parser.push(text.slice(at));
  }
  return { rows, result: parser.end() };
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

describe("the tracker's CSV reader", () => {
  it("reads quoted cells with commas, quotes and newlines, and numbers rows by their first line", () => {
    const { rows, result } = rowsOf('a,b\r\n1,"x, ""y"""\n2,"two\nlines"\n\n3,z\n');
    expect(rows).toEqual([
      [1, ["a", "b"]],
      [2, ["1", 'x, "y"']],
      [3, ["2", "two\nlines"]],
      [6, ["3", "z"]],
    ]);
    expect(result.finalNewline).toBe(true);
    expect(result.unterminatedAt).toBeUndefined();
  });

  it("drops a byte-order mark and notes a missing final newline", () => {
    const { rows, result } = rowsOf("\uFEFFa,b\n1,2");
    expect(rows).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
    ]);
    expect(result.finalNewline).toBe(false);
  });

  it("reports a quote left open at the end (a cut-off file) with the line it opened on", () => {
    const { rows, result } = rowsOf('a,b\n1,2\n3,"never\nclosed\n');
    expect(rows.length).toBe(2);
    expect(result.unterminatedAt).toBe(3);
  });

  it("reports a quote inside an unquoted cell", () => {
    expect(rowsOf('a,b\n1,x"y"\n').result.strayQuoteAt).toBe(2);
  });

  it("gives the same rows and lines whatever the chunk boundaries (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", " ", "é"), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 30 }),
        (table, chunks) => {
          // A row of two empty cells is written as "," so it is never a blank line.
          const text = table.map((r) => r.map(quote).join(",")).join("\n") + "\n";
          const whole = rowsOf(text);
          const split = rowsOf(text, chunks);
          expect(split.rows).toEqual(whole.rows);
          expect(whole.rows.map(([, cells]) => cells)).toEqual(table);
          let line = 1;
          whole.rows.forEach(([at, cells]) => {
            expect(at).toBe(line);
            line += 1 + cells.join("").split("\n").length - 1;
          });
        },
      ),
    );
  });
});
