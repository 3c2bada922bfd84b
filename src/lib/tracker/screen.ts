// The screener: reads the three files of an export (streaming), runs every
// check, and returns all problems in one list with the coded columns the
// aggregation needs. parents.csv is read first: the other two are checked
// against its ids.
import { readCsvStream, type CsvReadResult, type RowSink } from "../io/csv-read.ts";
import { findName, nearMissText } from "./file-names.ts";
import { Problems } from "./problems.ts";
import { reportExtras, type Layout } from "./screen-header.ts";
import { ParentsScan } from "./screen-parents.ts";
import { ChildrenScan, CircumstancesScan } from "./screen-others.ts";
import type { ExportSource } from "./source.ts";
import type { FileName } from "./standard.ts";

export interface Screened {
  problems: Problems;
  parents: ParentsScan | null;
  circumstances: CircumstancesScan | null;
  children: ChildrenScan | null;
}

function fileProblems(file: FileName, r: CsvReadResult, layout: Layout | null, problems: Problems): void {
  if (r.invalidUtf8) problems.add("TR-FILE-ENCODING", file, null);
  if (r.unterminatedAt !== undefined) problems.add("TR-CSV-UNTERMINATED", file, null, r.unterminatedAt);
  // Quotes round semicolon-separated cells read as stray quotes; the delimiter's message says it all.
  if (r.strayQuoteAt !== undefined && !layout?.delimiter) problems.add("TR-CSV-QUOTE", file, null, r.strayQuoteAt);
  if (!layout && !r.invalidUtf8) problems.add("TR-FILE-EMPTY", file, null, 1);
  if (!r.finalNewline) problems.add("TR-CSV-NO-FINAL-NEWLINE", file, null, undefined);
  if (layout) reportExtras(layout, problems);
}

async function read(source: ExportSource, file: FileName, scan: { row: RowSink; layout: Layout | null }, problems: Problems): Promise<boolean> {
  const found = findName(source.names, file);
  if (typeof found !== "string") {
    problems.add("TR-FILE-MISSING", file, null, undefined, nearMissText(file, found.near));
    return false;
  }
  const r = await readCsvStream(source.read(found), scan.row);
  fileProblems(file, r, scan.layout, problems);
  return true;
}

/** `today`: the current month as a month number (see columns.ts); injected so tests are deterministic. */
export async function screenExport(source: ExportSource, today: number): Promise<Screened> {
  const problems = new Problems();
  const parents = new ParentsScan(problems, today);
  const hasParents = await read(source, "parents.csv", parents, problems);
  if (hasParents && parents.layout?.complete && parents.line.length === 0) problems.add("TR-FILE-NO-ROWS", "parents.csv", null);
  // Without a usable parents.csv, the other files are still screened for shape
  // and identifiers, but orphans cannot be judged.
  const ref = hasParents && parents.layout?.complete ? parents : null;
  const circumstances = new CircumstancesScan(problems, ref);
  const hasCirc = await read(source, "circumstances.csv", circumstances, problems);
  const children = new ChildrenScan(problems, ref);
  const hasChildren = await read(source, "children.csv", children, problems);
  if (ref && hasChildren && children.layout?.complete) {
    for (let f = 0; f < children.seen.length; f++) {
      if (!children.seen[f]) problems.add("TR-FAMILY-NO-CHILD", "parents.csv", "family_id", parents.familyLine.get(f));
    }
  }
  if (parents.editions.size > 1) problems.add("TR-IMD-MIXED", "parents.csv", "imd_edition");
  return {
    problems,
    parents: ref,
    circumstances: hasCirc && ref ? circumstances : null,
    children: hasChildren && ref ? children : null,
  };
}
