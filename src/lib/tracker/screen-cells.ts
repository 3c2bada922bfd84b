// Header and cell checks shared by the three files. Each returns a code index
// or number for the aggregation, and reports problems by row and column only.
import { identifierKind } from "./identifiers.ts";
import { monthNumber } from "./columns.ts";
import type { Problems } from "./problems.ts";
import { checkHeader, type Layout } from "./screen-header.ts";
import { COLUMNS, type ColumnDef, type FileName } from "./standard.ts";

export type { Layout } from "./screen-header.ts";

/** What the three files' scans share: the first row is the header; after it, each usable row is handed to
 *  `record` with a reader of its cells by column name. */
export abstract class FileScan {
  layout: Layout | null = null;
  protected readonly problems: Problems;
  private readonly file: FileName;
  protected constructor(file: FileName, problems: Problems) {
    this.file = file;
    this.problems = problems;
  }

  row = (cells: string[], line: number): void => {
    if (!this.layout) {
      this.layout = checkHeader(this.file, cells, this.problems);
      return;
    }
    const L = this.layout;
    if (usableRow(L, cells, line, this.problems)) this.record((name) => cells[L.pos[name] as number] as string, line);
  };

  protected abstract record(get: (name: string) => string, line: number): void;

  /** A row's own id (parent_id, child_id): whether it is an id, and the first row with it; a repeat is TR-ID-DUPLICATE. */
  protected newId(def: ColumnDef, id: string, line: number, seen: ReadonlySet<string> | ReadonlyMap<string, number>): boolean {
    if (!idCell(def, this.file, id, line, this.problems)) return false;
    if (!seen.has(id)) return true;
    this.problems.add("TR-ID-DUPLICATE", this.file, def.name, line);
    return false;
  }
}

export const BLANK = -1;
export const INVALID = -2;

/** Whether a data row can be read: blank rows are skipped with one advisory for the file, rows of a file
 *  split by another delimiter and misshapen rows are only scanned for identifiers. */
export function usableRow(layout: Layout, cells: string[], line: number, problems: Problems): boolean {
  // Excel writes ",,,,," for a row below the data that once held something: nothing to read, nothing to hide.
  if (cells.every((c) => c.trim() === "")) {
    problems.add("TR-CSV-BLANK-ROWS", layout.file, null, line);
    return false;
  }
  if (layout.delimiter) {
    const { char, names } = layout.delimiter;
    scanFree(layout, cells.join(",").split(char), line, problems, (i) => names[i]);
    return false;
  }
  if (cells.length !== layout.width) {
    const check = cells.length < layout.width ? "TR-CSV-SHORT-ROW" : "TR-CSV-LONG-ROW";
    problems.add(check, layout.file, null, line, `expected ${layout.width} cells, found ${cells.length}`);
    // Even a misshapen row is scanned for identifiers: it must not slip through unnamed.
    scanFree(layout, cells, line, problems, () => undefined);
    return false;
  }
  for (const x of layout.extra) {
    const kind = identifierKind(cells[x.at] ?? "", "id");
    if (!kind) continue;
    x.kinds.add(kind);
    if (x.rows.length <= 5) x.rows.push(line);
  }
  return layout.complete;
}

const STANDARD_NAMES = Object.fromEntries(Object.entries(COLUMNS).map(([file, defs]) => [file, new Set(defs.map((d) => d.name))])) as Record<
  FileName,
  Set<string>
>;

/** Identifiers in cells whose column cannot be trusted: reported by the standard column the position
 *  would hold, when there is one, and otherwise by row only. */
function scanFree(layout: Layout, cells: string[], line: number, problems: Problems, nameAt: (i: number) => string | undefined): void {
  const standard = STANDARD_NAMES[layout.file];
  for (let i = 0; i < cells.length; i++) {
    const kind = identifierKind(cells[i] ?? "", "free");
    const name = nameAt(i);
    if (kind) problems.add(kind, layout.file, name !== undefined && standard.has(name) ? name : null, line);
  }
}

/** The codes a cell may hold, for the message: they are the standard's, not the export's. A cell's value
 *  is never echoed, and neither is the code nearest to it: "did you mean adoption?" would say what the
 *  cell holds as plainly as the cell itself. */
export function codeList(codes: { value: string }[]): string {
  return `the codes are: ${codes.map((c) => c.value).join(", ")}`;
}

/** Reports a bad value as an identifier when it looks like one, otherwise as `check`. */
function bad(def: ColumnDef, file: FileName, v: string, line: number, check: string, problems: Problems): number {
  const kind = identifierKind(v, "coded");
  problems.add(kind ?? check, file, def.name, line, !kind && check === "TR-VAL-CODE" ? codeList(def.codes ?? []) : undefined);
  return INVALID;
}

function blank(def: ColumnDef, file: FileName, line: number, problems: Problems): number {
  if (def.required === true) problems.add("TR-VAL-REQUIRED", file, def.name, line);
  return BLANK;
}

/** A coded cell: the code's index in `lookup`, BLANK or INVALID. */
export function codeCell(def: ColumnDef, file: FileName, v: string, line: number, lookup: Map<string, number>, problems: Problems): number {
  if (v === "") return blank(def, file, line, problems);
  const code = lookup.get(v);
  return code === undefined ? bad(def, file, v, line, "TR-VAL-CODE", problems) : code;
}

export function monthCell(def: ColumnDef, file: FileName, v: string, line: number, problems: Problems): number {
  if (v === "") return blank(def, file, line, problems);
  const m = monthNumber(v);
  return m < 0 ? bad(def, file, v, line, "TR-VAL-MONTH", problems) : m;
}

export function integerCell(def: ColumnDef, file: FileName, v: string, line: number, problems: Problems): number {
  if (v === "") return blank(def, file, line, problems);
  const n = /^\d{1,3}$/.test(v) ? Number(v) : NaN;
  const ok = n >= (def.min ?? 0) && n <= (def.max ?? Infinity);
  return ok ? n : bad(def, file, v, line, def.name === "age_at_referral" ? "TR-VAL-AGE" : "TR-VAL-INTEGER", problems);
}

/** A pseudonymous id: never blank, never an identifier. Returns whether it is usable. */
export function idCell(def: ColumnDef, file: FileName, v: string, line: number, problems: Problems): boolean {
  if (v === "") {
    blank(def, file, line, problems);
    return false;
  }
  const kind = idKind(v);
  if (kind) problems.add(kind, file, def.name, line);
  return true;
}

/** The identifier check an id fails, or null. The standard asks for the service's own pseudonymous ids;
 *  an id of digits alone is most likely a case number from another system (case management systems
 *  commonly number people with digits alone), so it is refused whatever its length. */
export function idKind(v: string): string | null {
  return identifierKind(v, "id") ?? (/^\d+$/.test(v.trim()) ? "TR-IDENT-CASE-NUMBER" : null);
}

export const lookupOf = (def: ColumnDef): Map<string, number> => new Map((def.codes ?? []).map((c, i) => [c.value, i]));
