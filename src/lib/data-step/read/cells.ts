// Shape checks: the header must be exactly the schema's columns, and every cell
// must have the schema's type. Problems are collected, not thrown one at a time,
// so a damaged file reports everything wrong with it in one run.
import { parseCsv } from "../../io/csv-read.ts";
import { DataError, type DataProblem, fail } from "../../errors.ts";
import type { ColumnSpec } from "./input-columns.ts";
import { MEASURES } from "../../contract/site.ts";

export type Cell = string | number | string[] | null;
export interface Row {
  file: string;
  line: number;
  raw: Record<string, string>;
  cells: Record<string, Cell>;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;
const FRACTION = /^\d+(\.\d+)?([eE]-?\d+)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Number of digits after the decimal point as printed ("67.7" → 1). */
export function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

function parseCell(spec: ColumnSpec, text: string, columns: string[]): { value: Cell; problem?: string } {
  if (text === "") return spec.required ? { value: null, problem: "a required cell is empty" } : { value: null };
  if (text !== text.trim()) return { value: null, problem: "a cell starts or ends with spaces" };
  switch (spec.type) {
    case "text":
      return { value: text };
    case "number":
      return NUMBER.test(text) ? { value: Number(text) } : { value: null, problem: "not a number (digits and one decimal point only)" };
    case "whole":
      return WHOLE.test(text) ? { value: Number(text) } : { value: null, problem: "not a whole number" };
    case "fraction":
      return FRACTION.test(text) ? { value: text } : { value: null, problem: "not a decimal fraction" };
    case "measure":
      return (MEASURES as readonly string[]).includes(text) ? { value: text } : { value: null, problem: `not a known measure (${MEASURES.join(", ")})` };
    case "emails": {
      const list = text.split(" ");
      const bad = list.find((e) => !EMAIL.test(e));
      return bad ? { value: null, problem: `not an email address: ${bad}` } : { value: list };
    }
    case "columns": {
      const list = text.split(" ");
      const bad = list.find((c) => !columns.includes(c));
      return bad ? { value: null, problem: `not a column of this file: ${bad}` } : { value: list };
    }
  }
}

/** Reads a CSV file against its schema; throws one DataError listing every problem. */
export function readRows(text: string, file: string, schema: ColumnSpec[]): Row[] {
  const { header, records } = parseCsv(text, file);
  const names = schema.map((c) => c.name);
  const problems: DataProblem[] = [];
  for (const name of names) {
    if (!header.includes(name)) problems.push(fail({ file, line: 1, column: name, id: "missing-column", message: "a required column is missing" }));
  }
  for (const name of header) {
    if (!names.includes(name)) problems.push(fail({ file, line: 1, column: name, id: "unknown-column", message: "this column is not in the schema" }));
  }
  if (problems.length) throw new DataError(problems);

  const rows = records.map(({ line, cells: raw }) => {
    const cells: Record<string, Cell> = {};
    for (const spec of schema) {
      const text = raw[spec.name] ?? "";
      const { value, problem } = parseCell(spec, text, names);
      if (problem) problems.push(fail({ file, line, column: spec.name, id: `type-${spec.type}`, message: problem, value: text }));
      cells[spec.name] = value;
    }
    return { file, line, raw, cells };
  });
  if (problems.length) throw new DataError(problems);
  return rows;
}

/** Rejects two rows with the same key, naming both lines. */
export function checkUniqueKeys(rows: Row[], keyOf: (row: Row) => string): void {
  const seen = new Map<string, number>();
  const problems: DataProblem[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(fail({ file: row.file, line: row.line, id: "duplicate-key", message: `same key as line ${first}`, value: key }));
    } else seen.set(key, row.line);
  }
  if (problems.length) throw new DataError(problems);
}

/** Rejects values outside a known list (categories, groups...), naming the row. */
export function checkKnownValues(rows: Row[], column: string, allowed: readonly string[]): void {
  const problems: DataProblem[] = rows
    .filter((r) => r.cells[column] !== null && !allowed.includes(String(r.cells[column])))
    .map((r) =>
      fail({
        file: r.file,
        line: r.line,
        column,
        id: "unknown-value",
        message: "not in the dataset's list of known values",
        value: String(r.cells[column]),
      }),
    );
  if (problems.length) throw new DataError(problems);
}
