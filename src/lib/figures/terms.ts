// The vocabulary as data (data/vocabulary.csv): every value the inputs may use,
// its display label, the phrase a sentence uses, its kind and its groupings.
// Everything that needs a label or a grouping looks it up through the
// `Vocabulary` it was handed: a figure set's (set.meta.vocabulary), or a parameter.
import { readRows, checkKnownValues, checkUniqueKeys } from "../data-step/read/cells.ts";
import type { ColumnSpec } from "../data-step/read/input-columns.ts";

export const VOCABULARY_FILE = "data/vocabulary.csv";

/**
 * group: who a figure is about; grouping: one of our groupings of categories;
 * part: a category that does not overlap the others; total; combined (bands
 * added up in the source); statistic (a mean or rank); derived (our sum of a grouping).
 */
export const KINDS = ["group", "grouping", "part", "total", "combined", "statistic", "derived"] as const;
export type Kind = (typeof KINDS)[number];

export const VOCABULARY_COLUMNS: ColumnSpec[] = [
  { name: "list", required: true, type: "text", description: '"group", or the dataset whose categories the value belongs to' },
  { name: "value", required: true, type: "text", description: "The value exactly as the input files use it" },
  { name: "label", required: true, type: "text", description: "How the site shows it in a chart or table" },
  { name: "phrase", required: false, type: "text", description: "How a sentence names it, when not the label in lower case" },
  { name: "meaning", required: false, type: "text", description: "What the value means, in plain words, where a reader needs it (statuses)" },
  { name: "kind", required: true, type: "text", description: KINDS.join(", ") },
  {
    name: "groupings",
    required: false,
    type: "text",
    description: "Our groupings the value belongs to, space separated (at-home, most-deprived-tenth...); for a derived value, the grouping it adds up",
  },
  { name: "scope", required: true, type: "text", description: "evaluation (used by Salford's files) or standard (the tracker standard's codes)" },
];

export interface Term {
  list: string;
  value: string;
  label: string;
  phrase: string;
  meaning: string | null;
  kind: Kind;
  groupings: string[];
  scope: "evaluation" | "standard";
  line: number;
}

/**
 * The vocabulary of a figure set: its terms in file order, and the two lookups.
 * Whoever makes a set makes this once (`parseVocabulary`) and hands it over;
 * nothing reads data/vocabulary.csv behind a builder's back. The lookups are
 * function-valued fields, not methods, so a builder may take them out:
 * `const { term } = set.meta.vocabulary`.
 */
export interface Vocabulary {
  readonly terms: readonly Term[];
  /**
   * The one lookup: a value in a list ("group" or a dataset id). Unknown values
   * fall back to themselves, so a bundle's own label still reads.
   */
  readonly term: (list: string, value: string, fallbackLabel?: string) => Term;
  /** The parts of a list that belong to one of our groupings, e.g. the at-home statuses (not the derived sum that names it). */
  readonly grouping: (list: string, name: string, scope?: Term["scope"]) => string[];
}

/** Reads and checks the vocabulary's own shape; a bad row throws a DataError naming its line. */
export function parseVocabulary(text: string): Vocabulary {
  const rows = readRows(text, VOCABULARY_FILE, VOCABULARY_COLUMNS);
  checkUniqueKeys(rows, (r) => `${r.raw["list"]}|${r.raw["value"]}`);
  checkKnownValues(rows, "kind", KINDS);
  checkKnownValues(rows, "scope", ["evaluation", "standard"]);
  return vocabularyOf(
    rows.map((r) => {
      const label = r.raw["label"] ?? "";
      return {
        list: r.raw["list"] ?? "",
        value: r.raw["value"] ?? "",
        label,
        phrase: r.raw["phrase"] || label.toLowerCase(),
        meaning: r.raw["meaning"] || null,
        kind: r.raw["kind"] as Kind,
        groupings: (r.raw["groupings"] ?? "").split(" ").filter(Boolean),
        scope: r.raw["scope"] as Term["scope"],
        line: r.line,
      };
    }),
  );
}

function vocabularyOf(terms: readonly Term[]): Vocabulary {
  const index = new Map(terms.map((t) => [`${t.list}|${t.value}`, t]));
  const term = (list: string, value: string, fallbackLabel?: string): Term => {
    const found = index.get(`${list}|${value}`);
    if (found) return found;
    const label = fallbackLabel ?? value;
    return {
      list,
      value,
      label,
      phrase: label.toLowerCase(),
      meaning: null,
      kind: list === "group" ? "group" : "part",
      groupings: [],
      scope: "standard",
      line: 0,
    };
  };
  const grouping = (list: string, name: string, scope: Term["scope"] = "evaluation"): string[] =>
    terms.filter((t) => t.scope === scope && t.list === list && t.kind === "part" && t.groupings.includes(name)).map((t) => t.value);
  return { terms, term, grouping };
}
