// Small builders for check tests: a figure row as a transcriber would write it.
import { DataError, type DataProblem } from "../../src/lib/errors.ts";
import type { Located } from "../../src/lib/figures.ts";
import { rowToFigure } from "../../src/lib/figures.ts";
import { readRows } from "../../src/lib/read.ts";
import { FIGURE_COLUMNS } from "../../src/lib/schema.ts";

export const HEADER = FIGURE_COLUMNS.map((c) => c.name).join(",");

/** Rows in FIGURE_COLUMNS order without the header; returns located figures. */
export function figures(dataset: string, lines: string[], file = `data/${dataset}.csv`): Located[] {
  return readRows([HEADER, ...lines].join("\n") + "\n", file, FIGURE_COLUMNS).map((r) => rowToFigure(r, dataset, "Doc"));
}

/** The problems a DataError reports, from code that must throw one; any other
 *  error is rethrown, and no error at all fails the test. */
export function dataProblems(fn: () => unknown): DataProblem[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  throw new Error("expected a DataError");
}
