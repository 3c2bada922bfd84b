// The one problem type: what the data step (errors.ts: DataProblem) and the
// tracker import (tracker/problems.ts: the aggregated Problem) report, each with
// the id of the rule or check that failed and its level.

/** FAIL stops the build or the import; ADVISORY is shown, and the work goes on. */
export type Level = "FAIL" | "ADVISORY";

export interface Problem {
  /** The rule or check that failed: a data-step rule ("missing-column", "relation-sum") or a tracker check ("TR-FILE-MISSING"). */
  id: string;
  level: Level;
  file: string;
  /** The column (a CSV) or field (a JSON file), when the problem has one. */
  column?: string | null;
  message: string;
}
