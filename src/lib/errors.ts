// One error type for every data problem, so each message names the file, the
// line, the column, the rule that failed and the offending value.
export interface DataProblem {
  file: string;
  line?: number;
  column?: string;
  rule: string;
  message: string;
  value?: string;
}

export function formatProblem(p: DataProblem): string {
  const where = [p.file, p.line !== undefined ? `line ${p.line}` : "", p.column ? `column "${p.column}"` : ""].filter(Boolean).join(", ");
  const value = p.value !== undefined ? ` (value: ${JSON.stringify(p.value)})` : "";
  return `${where}: [${p.rule}] ${p.message}${value}`;
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
