// Collects problems by check, file and column, keeping the first rows of each
// so a million bad rows give one readable entry. A problem never holds a value
// from the export, only where it is and what rule it broke.
import { CHECK_BY_ID } from "./checks.ts";
import type { Problem as BaseProblem } from "../io/problem.ts";

const MAX_ROWS = 20;

/** The one problem type (io/problem.ts), aggregated: `id` is the check's, and one problem stands for every row that broke it. */
export interface Problem extends BaseProblem {
  column: string | null;
  /** 1-based line numbers in the file (the first MAX_ROWS). */
  rows: number[];
  count: number;
  fix: string;
}

export class Problems {
  private readonly byKey = new Map<string, Problem>();

  /** `detail` is added to the rule's words; `opts.fix` replaces the check's fix; `opts.split` keeps problems
   *  with the same check, file and column apart (one per topic, say). Neither may hold a value from the export. */
  add(check: string, file: string, column: string | null, row?: number, detail?: string, opts: { fix?: string; split?: string } = {}): void {
    const key = `${check}\u0000${file}\u0000${column ?? ""}\u0000${opts.split ?? ""}`;
    let p = this.byKey.get(key);
    if (!p) {
      const def = CHECK_BY_ID.get(check);
      if (!def) throw new Error(`unknown check ${check}`);
      p = { id: check, level: def.level, file, column, rows: [], count: 0, message: detail ? `${def.rule} (${detail})` : def.rule, fix: opts.fix ?? def.fix };
      this.byKey.set(key, p);
    }
    p.count++;
    if (row !== undefined && p.rows.length < MAX_ROWS) p.rows.push(row);
  }

  list(): Problem[] {
    return [...this.byKey.values()].sort(
      (a, b) =>
        a.file.localeCompare(b.file) || (a.rows[0] ?? 0) - (b.rows[0] ?? 0) || a.id.localeCompare(b.id) || (a.column ?? "").localeCompare(b.column ?? ""),
    );
  }

  get failed(): boolean {
    return [...this.byKey.values()].some((p) => p.level === "FAIL");
  }
}

export function formatTrackerProblem(p: Problem): string {
  // service.json has lines and fields, not rows and columns.
  const json = p.file.endsWith(".json");
  const rows = p.rows.length
    ? `, ${json ? "line" : "row"}${p.rows.length === 1 ? "" : "s"} ${p.rows.join(", ")}${p.count > p.rows.length ? ` and ${p.count - p.rows.length} more` : ""}`
    : "";
  const col = p.column ? `, ${json ? "field" : "column"} "${p.column}"` : "";
  return `${p.level} ${p.id}: ${p.file}${rows}${col}: ${p.message}. Fix: ${p.fix}.`;
}
