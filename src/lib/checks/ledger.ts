// The ledger of known disagreements in the sources. Every failing check must be
// explained by an entry (otherwise it is a transcription error), and every entry
// must still point at a failing check (otherwise it is stale).
import type { DataProblem } from "../errors.ts";
import type { LedgerEntry, PublishedLedgerEntry } from "../schema.ts";
import { publishable, type Outcome } from "./outcome.ts";

export const LEDGER_FILE = "data/ledger.json";

export interface Reconciled {
  problems: DataProblem[];
  entries: PublishedLedgerEntry[];
  /** figure id → ledger entry ids that concern it */
  notesByFigure: Map<string, string[]>;
}

export function reconcileLedger(outcomes: Outcome[], ledger: LedgerEntry[]): Reconciled {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const explained = new Set(ledger.flatMap((e) => e.checks));
  const problems: DataProblem[] = [];

  for (const o of outcomes) {
    if (!o.ok && !explained.has(o.id)) {
      problems.push({
        file: o.where.file,
        line: o.where.line,
        rule: o.rule,
        message: `check ${o.id} fails and no ledger entry explains it: ${o.arithmetic}`,
        value: String(o.expected),
      });
    }
  }

  const entries: PublishedLedgerEntry[] = [];
  const notesByFigure = new Map<string, string[]>();
  for (const entry of ledger) {
    const results = entry.checks.map((id) => byId.get(id));
    entry.checks.forEach((id, i) => {
      const r = results[i];
      if (!r) {
        problems.push({ file: LEDGER_FILE, rule: "ledger-unknown-check", message: `entry "${entry.id}" names a check the build does not run`, value: id });
      } else if (r.ok) {
        problems.push({ file: LEDGER_FILE, rule: "ledger-stale", message: `entry "${entry.id}" says ${id} disagrees, but it now holds: ${r.arithmetic}`, value: id });
      }
    });
    const found = results.filter((r): r is Outcome => r !== undefined);
    const figures = [...new Set(found.flatMap((r) => r.figures))].sort();
    for (const f of figures) notesByFigure.set(f, [...(notesByFigure.get(f) ?? []), entry.id]);
    entries.push({ ...entry, figures, results: found.map(publishable) });
  }
  return { problems, entries, notesByFigure };
}
