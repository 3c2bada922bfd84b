// The data step's problems: the one problem type (io/problem.ts) at one line of
// a file, so each message names the file, the line, the column, the rule that
// failed (its id) and the offending value. Every one stops the build (FAIL).
import type { Problem } from "./io/problem.ts";

export interface DataProblem extends Problem {
  level: "FAIL";
  line?: number;
  column?: string;
  /** Only ever a value from the site's published sources, never from a case-level export (the tracker's problems hold none). */
  value?: string;
}

/** A data-step problem: every one stops the build. */
export const fail = (p: Omit<DataProblem, "level">): DataProblem => ({ ...p, level: "FAIL" });

export function formatProblem(p: DataProblem): string {
  const where = [p.file, p.line !== undefined ? `line ${p.line}` : "", p.column ? `column "${p.column}"` : ""].filter(Boolean).join(", ");
  const value = p.value !== undefined ? ` (value: ${JSON.stringify(p.value)})` : "";
  return `${where}: [${p.id}] ${p.message}${value}`;
}

export class DataError extends Error {
  readonly problems: DataProblem[];
  constructor(problem: DataProblem | DataProblem[]) {
    const problems = Array.isArray(problem) ? problem : [problem];
    super(problems.map(formatProblem).join("\n"));
    this.name = "DataError";
    this.problems = problems;
  }
}
