// The one CSV reader (src/lib/io/csv-read.ts): RFC 4180 cells, the line each row starts on, the same rows whatever
// the chunk boundaries, and parseCsv's table with a header, where what the reader reports is a DataError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvParser, parseCsv, readCsvStream, readCsvText } from "../../../src/lib/io/csv-read.ts";
import { csvRows } from "../../../src/lib/io/csv-write.ts";
import { dataProblems } from "../../fixtures/helpers.ts";

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

describe("the streaming CSV reader", () => {
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
    expect(readCsvText('a,b\n1,x"y"\n', () => {}).strayQuoteAt).toBe(2);
  });

  it("gives the same rows and lines whatever the chunk boundaries (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", " ", "é"), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 30 }),
        (table, chunks) => {
          // A row of two empty cells is written as "," so it is never a blank line.
          const text = csvRows(table);
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

describe("reading bytes", () => {
  // Each chunk arrives in a later turn, as a file's stream gives them.
  const chunks = async function* (parts: Uint8Array[]) {
    for (const part of parts) yield await Promise.resolve(part);
  };

  it("decodes UTF-8 split across chunks", async () => {
    const bytes = new TextEncoder().encode("a,b\né,ü\n");
    const rows: string[][] = [];
    const result = await readCsvStream(chunks([bytes.slice(0, 5), bytes.slice(5, 7), bytes.slice(7)]), (cells) => rows.push(cells));
    expect(rows).toEqual([
      ["a", "b"],
      ["é", "ü"],
    ]);
    expect(result.invalidUtf8).toBeUndefined();
  });

  it("reports bytes that are not UTF-8", async () => {
    const result = await readCsvStream(chunks([new Uint8Array([0x61, 0x2c, 0xff, 0x0a])]), () => {});
    expect(result.invalidUtf8).toBe(true);
  });
});

const problemOf = (fn: () => unknown) => dataProblems(fn)[0];

describe("parseCsv", () => {
  it("reads quoted cells with commas, doubled quotes and newlines", () => {
    const t = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n', "f.csv");
    expect(t.header).toEqual(["a", "b"]);
    expect(t.records).toEqual([{ line: 2, cells: { a: "x, y", b: 'say "hi"\nthere' } }]);
  });

  it("numbers records by the line they start on, skips blank lines and trims the header's names", () => {
    const t = parseCsv('\uFEFF a ,b\r\n1,"two\nlines"\n\n3,4', "f.csv");
    expect(t.header).toEqual(["a", "b"]);
    expect(t.records.map((r) => [r.line, r.cells])).toEqual([
      [2, { a: "1", b: "two\nlines" }],
      [5, { a: "3", b: "4" }],
    ]);
  });

  it("rejects a short row with its line", () => {
    expect(problemOf(() => parseCsv("a,b,c\n1,2,3\n4,5\n", "f.csv"))).toMatchObject({ file: "f.csv", line: 3, id: "csv-short-row" });
  });

  it("rejects a long row", () => {
    expect(problemOf(() => parseCsv("a,b\n1,2,3\n", "f.csv"))).toMatchObject({ line: 2, id: "csv-long-row" });
  });

  it("rejects a file cut off inside a quoted cell", () => {
    expect(problemOf(() => parseCsv('a,b\n1,2\n3,"unfinished', "f.csv"))).toMatchObject({ line: 3, id: "csv-unterminated" });
  });

  it("rejects a stray quote inside an unquoted cell", () => {
    expect(problemOf(() => parseCsv('a,b\nab"c,d\n', "f.csv"))).toMatchObject({ line: 2, id: "csv-quote" });
  });

  it("rejects a repeated column name and a file with no header", () => {
    expect(problemOf(() => parseCsv("a,a\n1,2\n", "f.csv"))).toMatchObject({ id: "csv-header", column: "a" });
    expect(problemOf(() => parseCsv("\n\n", "f.csv"))).toMatchObject({ id: "csv-empty" });
  });
});
