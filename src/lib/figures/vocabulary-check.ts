// The vocabulary against the inputs: every group and category an input file
// uses must be in data/vocabulary.csv, and every entry there must be used by
// some input (an entry that matches nothing is a typo or a leftover). Run by
// the data step; problems name the file, line, column and rule.
import { fail, type DataProblem } from "../errors.ts";
import type { Row } from "../data-step/read/cells.ts";
import type { Located } from "../data-step/derive/figure-records.ts";
import type { LocatedFlow } from "../data-step/derive/checks/flows.ts";
import { VOCABULARY_FILE, type Term } from "./terms.ts";

/** One value an input uses: which list it belongs to, and where. */
export interface Use {
  list: string;
  value: string;
  file: string;
  line: number;
  column: string;
}

/** The values a row uses in the given columns, each against its list. */
export function usesOf(rows: Row[], columns: { column: string; list: string | ((r: Row) => string) }[]): Use[] {
  return rows.flatMap((r) =>
    columns.flatMap(({ column, list }) => {
      const value = r.raw[column];
      return value ? [{ list: typeof list === "string" ? list : list(r), value, file: r.file, line: r.line, column }] : [];
    }),
  );
}

/** The groups and categories of read figures (their file and line kept). */
export function figureUses(figures: Located[]): Use[] {
  return figures.flatMap(({ figure: f, file, line }) => [
    { list: "group", value: f.group, file, line, column: "group" },
    { list: f.dataset, value: f.category, file, line, column: "category" },
  ]);
}

/** The statuses of read flows; a flow file's list is its dataset, named after the file. */
export function flowUses(flows: LocatedFlow[]): Use[] {
  return flows.flatMap(({ flow, file, line }) => {
    const list = file.replace(/^data\//, "").replace(/\.csv$/, "");
    return [
      { list, value: flow.from, file, line, column: "from" },
      { list, value: flow.to, file, line, column: "to" },
    ];
  });
}

export function checkVocabulary(terms: readonly Term[], uses: Use[]): DataProblem[] {
  const known = new Set(terms.map((t) => `${t.list}|${t.value}`));
  const used = new Set(uses.map((u) => `${u.list}|${u.value}`));
  const unknown: DataProblem[] = uses
    .filter((u) => !known.has(`${u.list}|${u.value}`))
    .map((u) =>
      fail({
        file: u.file,
        line: u.line,
        column: u.column,
        id: "unknown-value",
        message: `not in ${VOCABULARY_FILE} (list "${u.list}"): add it there on purpose, or fix the typo`,
        value: u.value,
      }),
    );
  const groupingNames = new Set(terms.flatMap((t) => t.groupings));
  const declaredGroupings = new Set(terms.filter((t) => t.list === "grouping").map((t) => t.value));
  const problems: DataProblem[] = [...unknown];
  for (const t of terms) {
    if (t.scope !== "evaluation") continue; // the tracker standard's codes are checked against bundles, not data/
    const isUsed = t.list === "grouping" ? groupingNames.has(t.value) : used.has(`${t.list}|${t.value}`);
    if (!isUsed)
      problems.push(
        fail({
          file: VOCABULARY_FILE,
          line: t.line,
          column: "value",
          id: "unused-entry",
          message: `no input file uses this ${t.list === "group" ? "group" : t.list === "grouping" ? "grouping" : "category"}: remove it, or fix the input`,
          value: t.value,
        }),
      );
  }
  for (const t of terms) {
    for (const g of t.groupings) {
      if (!declaredGroupings.has(g))
        problems.push(
          fail({
            file: VOCABULARY_FILE,
            line: t.line,
            column: "groupings",
            id: "unknown-grouping",
            message: 'not a value of the list "grouping"',
            value: g,
          }),
        );
    }
  }
  return problems;
}
