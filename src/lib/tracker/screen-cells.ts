// Header and cell checks shared by the three files. Each returns a code index
// or number for the aggregation, and reports problems by row and column only.
import { identifierKind, identifyingColumnName } from "./identifiers.ts";
import { monthNumber } from "./columns.ts";
import type { Problems } from "./problems.ts";
import { COLUMNS, type ColumnDef, type FileName } from "./standard.ts";

export const BLANK = -1;
export const INVALID = -2;

export interface Layout {
  file: FileName;
  width: number;
  /** Position of each standard column, or -1 when missing. */
  pos: Record<string, number>;
  /** Positions of columns not in the standard (scanned for identifiers, then failed). */
  extra: { name: string; at: number }[];
  complete: boolean;
}

export function checkHeader(file: FileName, header: string[], problems: Problems): Layout {
  const names = header.map((h) => h.trim());
  const pos: Record<string, number> = {};
  const extra: Layout["extra"] = [];
  const known = new Set(COLUMNS[file].map((d) => d.name));
  names.forEach((name, at) => {
    if (names.indexOf(name) !== at) problems.add("TR-COL-DUPLICATE", file, name, 1);
    else if (!known.has(name)) {
      extra.push({ name, at });
      problems.add("TR-COL-UNEXPECTED", file, name, 1);
      if (identifyingColumnName(name)) problems.add("TR-IDENT-COLUMN", file, name, 1);
    }
  });
  let complete = true;
  for (const d of COLUMNS[file]) {
    pos[d.name] = names.indexOf(d.name);
    if (pos[d.name] === -1) {
      complete = false;
      problems.add("TR-COL-MISSING", file, d.name, 1);
    }
  }
  return { file, width: names.length, pos, extra, complete };
}

/** Row shape: the row is usable only when it has exactly the header's width. */
export function checkWidth(layout: Layout, cells: string[], line: number, problems: Problems): boolean {
  if (cells.length === layout.width) return true;
  const check = cells.length < layout.width ? "TR-CSV-SHORT-ROW" : "TR-CSV-LONG-ROW";
  problems.add(check, layout.file, null, line, `expected ${layout.width} cells, found ${cells.length}`);
  // Even a misshapen row is scanned for identifiers: it must not slip through unnamed.
  for (let i = 0; i < cells.length; i++) {
    const kind = identifierKind(cells[i] ?? "", "free");
    if (kind) problems.add(kind, layout.file, null, line);
  }
  return false;
}

export function scanExtra(layout: Layout, cells: string[], line: number, problems: Problems): void {
  for (const { name, at } of layout.extra) {
    const kind = identifierKind(cells[at] ?? "", "id");
    if (kind) problems.add(kind, layout.file, name, line);
  }
}

/** Reports a bad value as an identifier when it looks like one, otherwise as `check`. */
function bad(def: ColumnDef, file: FileName, v: string, line: number, check: string, problems: Problems): number {
  problems.add(identifierKind(v, "coded") ?? check, file, def.name, line);
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
  const kind = identifierKind(v, "id");
  if (kind) problems.add(kind, file, def.name, line);
  return true;
}

export const lookupOf = (def: ColumnDef): Map<string, number> => new Map((def.codes ?? []).map((c, i) => [c.value, i]));
