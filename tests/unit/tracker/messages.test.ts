// Mistakes analysts have made, each with the one clear message it should get:
// the exact check, file, row and column, and never a value from the export.
import { renameSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importExport, type ImportResult } from "../../../src/lib/tracker/import.ts";
import { formatTrackerProblem, type Problem } from "../../../src/lib/tracker/problems.ts";
import type { ExportRows } from "../../../src/lib/tracker/synthetic.ts";
import type { FileName } from "../../../src/lib/tracker/standard.ts";
import { cleanup, clone, sampleExport, setCell, TODAY, writeExport } from "../../fixtures/tracker-fixture.ts";
import { exampleExport } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const base = sampleExport(30, 9);
const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

async function run(ex: ExportRows, text: Partial<Record<FileName, string | null>> = {}, rename?: [string, string]): Promise<ImportResult> {
  const dir = writeExport(ex, text);
  dirs.push(dir);
  if (rename) renameSync(join(dir, rename[0]), join(dir, rename[1]));
  return importExport(dir, { slug: "messages", today: TODAY, vocabulary: realVocabulary() });
}

const of = (r: ImportResult, file: string) => r.problems.filter((p) => p.file === file);
const printed = (r: ImportResult) => JSON.stringify(r.problems) + r.problems.map(formatTrackerProblem).join("\n");
const brief = (ps: Problem[]) => ps.map((p) => ({ id: p.id, level: p.level, column: p.column, rows: p.rows }));
const text = (ex: ExportRows, file: FileName, sep = ",") => [ex.header[file], ...ex.rows[file]].map((r) => r.join(sep)).join("\n") + "\n";

describe("empty rows a spreadsheet leaves", () => {
  it("are ignored, with one advisory for the file naming their rows", async () => {
    const ex = clone(base);
    const blank = ex.header["parents.csv"].map(() => "");
    const n = ex.rows["parents.csv"].length;
    ex.rows["parents.csv"].push(...Array.from({ length: 5 }, () => [...blank]));
    const r = await run(ex);
    const rows = [0, 1, 2, 3, 4].map((i) => n + 2 + i);
    expect(brief(of(r, "parents.csv"))).toEqual([{ id: "TR-CSV-BLANK-ROWS", level: "ADVISORY", column: null, rows }]);
    expect(r.ok).toBe(true);
  });
});

describe("a delimiter other than a comma", () => {
  it("a semicolon file gets one message naming semicolons, quoted cells included", async () => {
    const ex = clone(base);
    const quoted = [ex.header["parents.csv"], ...ex.rows["parents.csv"]].map((r) => r.map((c) => `"${c}"`).join(";")).join("\r\n") + "\r\n";
    const r = await run(ex, { "parents.csv": quoted });
    expect(brief(of(r, "parents.csv"))).toEqual([{ id: "TR-CSV-DELIMITER", level: "FAIL", column: null, rows: [1] }]);
    expect(of(r, "parents.csv")[0]!.message).toContain("split by semicolons");
    expect(r.ok).toBe(false);
  });

  it("a tab file gets one message naming tabs, and an identifier in it is still found without being repeated", async () => {
    const ex = clone(base);
    const line = setCell(ex, "children.csv", 3, "child_id", "someone@example.org");
    const r = await run(ex, { "children.csv": text(ex, "children.csv", "\t") });
    expect(brief(of(r, "children.csv"))).toEqual([
      { id: "TR-CSV-DELIMITER", level: "FAIL", column: null, rows: [1] },
      { id: "TR-IDENT-EMAIL", level: "FAIL", column: "child_id", rows: [line] },
    ]);
    expect(of(r, "children.csv")[0]!.message).toContain("split by tabs");
    expect(printed(r)).not.toContain("someone@example.org");
  });
});

describe("file names", () => {
  it("Parents.csv is read as parents.csv", async () => {
    const r = await run(clone(base), {}, ["parents.csv", "Parents.csv"]);
    expect(r.problems.filter((p) => p.level === "FAIL")).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it.each([
    ["parent.csv", "rename it parents.csv"],
    ["parents.csv.csv", "Windows may show it as parents.csv"],
    ["parents.txt", "rename it parents.csv"],
    ["parents.xlsx", "save it from Excel as CSV UTF-8 with the name parents.csv"],
  ])("a near miss, %s, is named in TR-FILE-MISSING", async (name, advice) => {
    const r = await run(clone(base), {}, ["parents.csv", name]);
    const missing = r.problems.filter((p) => p.id === "TR-FILE-MISSING");
    expect(brief(missing)).toEqual([{ id: "TR-FILE-MISSING", level: "FAIL", column: null, rows: [] }]);
    expect(missing[0]!.file).toBe("parents.csv");
    expect(missing[0]!.message).toContain(`the folder has "${name}"`);
    expect(missing[0]!.message).toContain(advice);
  });
});

describe("column headings", () => {
  it.each([
    ["differs only in case", 0, "Parent_ID", "parent_id"],
    ["is written as a spreadsheet title, a space for the underscore", 0, "Parent Id", "parent_id"],
    ["has a hyphen for the underscore", 6, "Referral-Source", "referral_source"],
  ])("a heading that %s is read as the standard's column, with one advisory", async (_, at, heading, name) => {
    const ex = clone(base);
    ex.header["parents.csv"][at] = heading;
    const r = await run(ex);
    expect(brief(of(r, "parents.csv"))).toEqual([{ id: "TR-COL-CASE", level: "ADVISORY", column: heading, rows: [1] }]);
    expect(of(r, "parents.csv")[0]!.message).toContain(`read as ${name}`);
    expect(r.ok).toBe(true);
  });

  it("a heading with a space after it, as Excel leaves one, is read as the standard's column and the advisory says so", async () => {
    const ex = clone(base);
    ex.header["parents.csv"][0] = "Parent_ID ";
    ex.header["children.csv"][0] = "child_id ";
    const r = await run(ex);
    expect(brief(of(r, "parents.csv"))).toEqual([{ id: "TR-COL-CASE", level: "ADVISORY", column: "Parent_ID ", rows: [1] }]);
    expect(brief(of(r, "children.csv"))).toEqual([{ id: "TR-COL-CASE", level: "ADVISORY", column: "child_id ", rows: [1] }]);
    expect(of(r, "children.csv")[0]!.message).toContain("read as child_id (the spaces around it were ignored)");
    expect(r.ok).toBe(true);
  });

  it("a heading that only looks like a standard column once its words run together is not read as it", async () => {
    const ex = clone(base);
    ex.header["parents.csv"][0] = "ParentId";
    const r = await run(ex);
    expect(brief(of(r, "parents.csv")).map((p) => p.id)).toEqual(expect.arrayContaining(["TR-COL-MISSING", "TR-COL-UNEXPECTED"]));
    expect(r.ok).toBe(false);
  });

  it("the same column twice, once in capitals, is a duplicate", async () => {
    const ex = clone(base);
    ex.header["children.csv"].push("CHILD_ID");
    ex.rows["children.csv"].forEach((row) => row.push(""));
    const r = await run(ex);
    expect(brief(of(r, "children.csv"))).toEqual([{ id: "TR-COL-DUPLICATE", level: "FAIL", column: "CHILD_ID", rows: [1] }]);
  });

  it("one message per column not in the standard, whatever its cells hold", async () => {
    const ex = clone(base);
    ex.header["parents.csv"].push("surname", "key_worker", "", "");
    ex.rows["parents.csv"].forEach((row, i) => row.push(i === 3 ? "Whitlock" : "", "", "", ""));
    const width = ex.header["parents.csv"].length;
    const r = await run(ex);
    expect(brief(of(r, "parents.csv"))).toEqual([
      { id: "TR-COL-UNEXPECTED", level: "FAIL", column: `(no name, column ${width - 1})`, rows: [1] },
      { id: "TR-COL-UNEXPECTED", level: "FAIL", column: `(no name, column ${width})`, rows: [1] },
      { id: "TR-COL-UNEXPECTED", level: "FAIL", column: "key_worker", rows: [1] },
      { id: "TR-IDENT-COLUMN", level: "FAIL", column: "surname", rows: [1] },
    ]);
    expect(of(r, "parents.csv").find((p) => p.column === "surname")!.message).toContain("some cells look like names: row 5");
    expect(printed(r)).not.toContain("Whitlock");
  });
});

describe("a wrong code", () => {
  it("lists the column's codes, and never the cell or the code nearest to it", async () => {
    const ex = clone(base);
    const sex = setCell(ex, "parents.csv", 1, "sex", "Woman");
    const status = setCell(ex, "children.csv", 0, "status_3_months", "CP plan");
    const r = await run(ex);
    expect(brief(of(r, "parents.csv"))).toEqual([{ id: "TR-VAL-CODE", level: "FAIL", column: "sex", rows: [sex] }]);
    expect(of(r, "parents.csv")[0]!.message).toContain("the codes are: female, male, unknown");
    const kids = of(r, "children.csv");
    expect(brief(kids)).toEqual([{ id: "TR-VAL-CODE", level: "FAIL", column: "status_3_months", rows: [status] }]);
    expect(kids[0]!.message).toContain("the codes are: looked_after, cpp, cin, early_help, universal, not_applicable");
    expect(printed(r)).not.toMatch(/Woman|CP plan/);
  });

  it("in circumstances.csv, lists the row's topic's values, one message per topic", async () => {
    const ex = clone(base);
    const rowOf = (topic: string) => ex.rows["circumstances.csv"].findIndex((r) => r[2] === topic);
    const alcohol = setCell(ex, "circumstances.csv", rowOf("alcohol"), "value", "council");
    const housing = setCell(ex, "circumstances.csv", rowOf("housing"), "value", "Council flat");
    const r = await run(ex);
    const ps = of(r, "circumstances.csv");
    expect(brief(ps)).toEqual(
      expect.arrayContaining([
        { id: "TR-VAL-TOPIC-VALUE", level: "FAIL", column: "value", rows: [alcohol] },
        { id: "TR-VAL-CODE", level: "FAIL", column: "value", rows: [housing] },
      ]),
    );
    expect(ps).toHaveLength(2);
    expect(ps.find((p) => p.id === "TR-VAL-TOPIC-VALUE")!.message).toContain("for the topic alcohol, the codes are: yes, no, unknown");
    expect(ps.find((p) => p.id === "TR-VAL-CODE")!.message).toContain("for the topic housing, the codes are: housing_association, council, private_rent");
    expect(printed(r)).not.toContain("Council flat");
  });
});

describe("ids made only of digits", () => {
  /** Replaces an id wherever it appears, so only the id's own file can complain. */
  const replaceId = (ex: ExportRows, from: string, to: string) => {
    for (const rows of Object.values(ex.rows)) for (const row of rows) row.forEach((c, i) => c === from && (row[i] = to));
  };

  it("are refused as possible case numbers, with a fix that says how to make a pseudonymous id", async () => {
    const ex = clone(base);
    replaceId(ex, ex.rows["parents.csv"][2]![0]!, "100230001");
    const family = ex.rows["children.csv"][0]![1]!;
    replaceId(ex, family, "7");
    const familyRows = ex.rows["parents.csv"].flatMap((row, i) => (row[1] === "7" ? [i + 2] : []));
    const r = await run(ex);
    const fails = r.problems.filter((p) => p.level === "FAIL");
    expect(fails.every((p) => p.file === "parents.csv")).toBe(true);
    expect(brief(fails)).toHaveLength(2);
    expect(brief(fails)).toEqual(
      expect.arrayContaining([
        { id: "TR-IDENT-CASE-NUMBER", level: "FAIL", column: "parent_id", rows: [4] },
        { id: "TR-IDENT-CASE-NUMBER", level: "FAIL", column: "family_id", rows: familyRows },
      ]),
    );
    expect(fails[0]!.fix).toContain("a running number (such as SF-P0001)");
    expect(printed(r)).not.toContain("100230001");
  });

  it("an id that is not in parents.csv is reported as a case number, not as an orphan", async () => {
    const ex = clone(base);
    const line = setCell(ex, "children.csv", 2, "family_id", "55501234");
    const r = await run(ex);
    expect(brief(of(r, "children.csv").filter((p) => p.level === "FAIL"))).toEqual([
      { id: "TR-IDENT-CASE-NUMBER", level: "FAIL", column: "family_id", rows: [line] },
    ]);
  });
});

describe("the examples still pass", () => {
  it("brackenford's synthetic ids (SYN-BRK-P0000001) are not refused", async () => {
    const dir = exampleExport("brackenford");
    const r = await importExport(dir, { slug: "brackenford", today: "2025-03", vocabulary: realVocabulary() });
    expect(r.problems.filter((p) => p.level === "FAIL")).toEqual([]);
  });
});
