// /standard/: the tracker standard as rows a page can print. Everything is read
// from src/lib/tracker/standard.ts (the one definition) and the Table Schema
// writer, so a change to the standard changes the page and nothing is retyped.
import { CHECKS } from "../tracker/checks.ts";
import type { Level } from "../io/problem.ts";
import { COLUMNS, FILES, TOPIC_VALUES, TOPICS, type ColumnDef, type FileName } from "../tracker/standard.ts";
import { PRIMARY_KEY, tableSchema } from "../tracker/table-schema.ts";

export interface CodeRow {
  value: string;
  label: string;
}

export interface ColumnRow {
  name: string;
  title: string;
  description: string;
  /** "Required", "Optional" or "Required when imd_decile is given; blank when it is blank". */
  required: string;
  /** What a cell holds: "Text: an id ...", "A month, written YYYY-MM", "A whole number from 12 to 60", ... */
  format: string;
  /** The allowed codes in the standard's order; empty for columns without a fixed list. */
  codes: CodeRow[];
  /** true for circumstances.csv's value column, whose codes depend on the row's topic. */
  byTopic: boolean;
}

export interface FileSection {
  file: FileName;
  /** "parents" for parents.csv: the stem of the download names and the section's id. */
  stem: string;
  /** The columns that identify a row, in order. */
  key: string[];
  /** Links to another file: "family_id must be a family_id in parents.csv". */
  links: { column: string; file: string; target: string }[];
  columns: ColumnRow[];
  schemaHref: string;
  templateHref: string;
}

export const stemOf = (file: FileName): string => file.replace(/\.csv$/, "");
export const schemaName = (file: FileName): string => `${stemOf(file)}.schema.json`;

function requiredText(def: ColumnDef): string {
  if (def.required === true) return "Required";
  if (def.required === false) return "Optional";
  // The import fails a blank cell when the other column is given (TR-VAL-CONDITIONAL)
  // and a filled one when it is blank (TR-VAL-ORPHAN-DETAIL).
  return `Required when ${def.required} is given; blank when it is blank`;
}

function formatText(file: FileName, def: ColumnDef): string {
  const key = PRIMARY_KEY[file];
  const unique = key.length === 1 && key[0] === def.name;
  switch (def.kind) {
    case "id":
      return unique ? "Text: your own pseudonymous id, different on every row" : "Text: a pseudonymous id";
    case "month":
      return "A month, written YYYY-MM (for example 2023-04)";
    case "integer":
      return `A whole number from ${def.min} to ${def.max}`;
    case "code":
      return def.name === "value" && file === "circumstances.csv" ? "One of the codes for the row's topic" : "One of these codes";
  }
}

export function columnRows(file: FileName): ColumnRow[] {
  return COLUMNS[file].map((def) => {
    const byTopic = file === "circumstances.csv" && def.name === "value";
    return {
      name: def.name,
      title: def.title,
      description: def.description,
      required: requiredText(def),
      format: formatText(file, def),
      codes: byTopic ? [] : (def.codes ?? []).map(({ value, label }) => ({ value, label })),
      byTopic,
    };
  });
}

interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export function fileSections(): FileSection[] {
  return FILES.map((file) => {
    const foreignKeys = (tableSchema(file).foreignKeys ?? []) as ForeignKey[];
    return {
      file,
      stem: stemOf(file),
      key: PRIMARY_KEY[file],
      links: foreignKeys.map((k) => ({ column: k.fields.join(", "), file: `${k.reference.resource}.csv`, target: k.reference.fields.join(", ") })),
      columns: columnRows(file),
      schemaHref: `/standard/${schemaName(file)}`,
      templateHref: `/standard/${file}`,
    };
  });
}

/** circumstances.csv: the values allowed in the value column, topic by topic. */
export function topicValueRows(): { topic: string; label: string; values: CodeRow[] }[] {
  return TOPICS.map((t) => ({ topic: t.value, label: t.label, values: (TOPIC_VALUES[t.value] ?? []).map(({ value, label }) => ({ value, label })) }));
}

export interface DfeColumn {
  file: FileName;
  name: string;
  title: string;
  /** Every code of the column; dfe is null where the DfE returns have no counterpart. */
  rows: { value: string; label: string; dfe: string | null }[];
}

/** Coded columns split by whether any of their codes has a DfE counterpart. */
export function dfeMapping(): { mapped: DfeColumn[]; unmapped: DfeColumn[] } {
  const columns: DfeColumn[] = FILES.flatMap((file) =>
    COLUMNS[file]
      .filter((def) => def.codes)
      .map((def) => ({ file, name: def.name, title: def.title, rows: (def.codes ?? []).map((x) => ({ value: x.value, label: x.label, dfe: x.dfe ?? null })) })),
  );
  const hasDfe = (c: DfeColumn) => c.rows.some((r) => r.dfe !== null);
  return { mapped: columns.filter(hasDfe), unmapped: columns.filter((c) => !hasDfe(c)) };
}

/** The footer's source line on every page of the tracker standard. */
export const STANDARD_SOURCE =
  "Source: the tracker standard is this site's own (version 1); where the Department for Education's returns have a matching code, the table names it.";

export const LEVEL_WORDS: Record<Level, string> = { FAIL: "Fail: nothing is written", ADVISORY: "Advisory: reported, the bundle is still written" };

// Capitalised for a table cell, unless it starts with a name that must keep its case (parents.csv, closure_month).
const sentence = (s: string) => (/^[a-z]+(\s|$)/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** The import's checks in its own order, with what each finds and how to put it right. */
export function checkRows(): { id: string; level: Level; levelText: string; rule: string; fix: string }[] {
  return CHECKS.map((c) => ({ id: c.id, level: c.level, levelText: LEVEL_WORDS[c.level], rule: sentence(c.rule), fix: sentence(c.fix) }));
}

/** Sections of /standard/ that moved to pages of their own; /standard/ keeps each old id on its contents line (MovedAnchors). */
export const STANDARD_MOVED = {
  dfe: "/standard/dfe/",
  "dfe-none": "/standard/dfe/#dfe-none",
  checks: "/standard/checks/",
} as const;
