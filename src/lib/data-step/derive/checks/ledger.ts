// The ledger of known disagreements in the sources. Every failing check must be
// explained by an entry (otherwise it is a transcription error), and every entry
// must still point at a failing check (otherwise it is stale). Entries of the
// "wording" kind set statements side by side; each must sit in a section the
// data knows and cite only figures that exist, so a renamed or removed figure
// cannot leave a statement pointing at nothing.
import { fail, type DataProblem } from "../../../errors.ts";
import type { Located } from "../figure-records.ts";
import type { Service } from "../../../contract/site.ts";
import type { LedgerEntry, PublishedLedgerEntry } from "../../../contract/ledger.ts";
import { publishable, type Outcome } from "./outcome.ts";
import { DOCUMENTS } from "../../../documents.ts";

export const LEDGER_FILE = "data/ledger.json";

// Every ledger problem fails the build and points at the ledger file.
function ledgerFail(id: string, message: string, value: string): DataProblem {
  return fail({ file: LEDGER_FILE, id, message, value });
}

export interface Reconciled {
  problems: DataProblem[];
  entries: PublishedLedgerEntry[];
  /** figure id → ledger entry ids that concern it */
  notesByFigure: Map<string, string[]>;
}

/**
 * The evaluation's own headings, for statements about text no figure row cites
 * (the service description, the conclusions). Figure rows add theirs below.
 */
export const REPORT_HEADINGS = [
  "National context",
  "Salford response",
  "Greater Manchester context",
  "Service evaluation",
  "Situation Analysis",
  "Evaluation methodology",
  "Executive Summary",
  "Recommendations",
  "Detailed Findings from Service Data: Referrals",
  "Detailed Findings from Service Data: Engagement with the service",
  "Detailed Findings from Service Data: Pregnancy and outcomes",
  "Feedback from practitioners and parents",
  "Conclusions",
] as const;

/** What a statement may cite: figure ids, and section headings by document. */
export interface KnownLocations {
  figures: Set<string>;
  /** Each figure's measure, so an effect cannot turn a count into pounds. */
  measures?: Map<string, string>;
  sections: Record<string, Set<string>>;
}

/**
 * Evaluation sections are the headings the figure files cite (so a statement
 * is located the way figures are); the North West list's "sections" are its
 * local authority rows.
 */
export function knownLocations(figures: Located[], services: Service[]): KnownLocations {
  const evaluation = new Set<string>(REPORT_HEADINGS);
  for (const s of figures.filter((l) => l.figure.source.document === DOCUMENTS.evaluation.title)) evaluation.add(s.figure.source.section);
  return {
    figures: new Set(figures.map((l) => l.figure.id)),
    measures: new Map(figures.map((l) => [l.figure.id, l.figure.measure])),
    sections: { evaluation, services: new Set(services.map((s) => s.localAuthority)) },
  };
}

function statementProblems(entry: LedgerEntry, known: KnownLocations): DataProblem[] {
  const problems: DataProblem[] = [];
  entry.statements.forEach((s, i) => {
    const at = `entry "${entry.id}" statement ${i + 1}`;
    if (s.figure !== undefined && !known.figures.has(s.figure)) {
      problems.push(ledgerFail("ledger-unknown-figure", `${at} cites a figure that does not exist`, s.figure));
    }
    if (!known.sections[s.document]?.has(s.section)) {
      problems.push(ledgerFail("ledger-unknown-section", `${at} is located in a section the data does not cite for ${s.document}`, s.section));
    }
  });
  return problems;
}

/**
 * An effect speaks of a figure the entry concerns (one its checks or
 * statements involve) and, when the reading changes it, names a figure that
 * exists with the same measure: a flag then words the change from the data.
 */
function effectProblems(entry: LedgerEntry, concerned: Set<string>, known: KnownLocations): DataProblem[] {
  const problems: DataProblem[] = [];
  entry.effects.forEach((e, i) => {
    const at = `entry "${entry.id}" effect ${i + 1}`;
    if (!concerned.has(e.figure))
      problems.push(ledgerFail("ledger-effect-figure", `${at} speaks of a figure none of the entry's checks or statements involves`, e.figure));
    if (e.becomes === null) return;
    if (!known.figures.has(e.becomes)) problems.push(ledgerFail("ledger-effect-unknown-figure", `${at} names a figure that does not exist`, e.becomes));
    else if (known.measures && known.measures.get(e.becomes) !== known.measures.get(e.figure)) {
      problems.push(ledgerFail("ledger-effect-measure", `${at} would read a figure as one with another measure`, e.becomes));
    }
  });
  if (new Set(entry.effects.map((e) => e.figure)).size !== entry.effects.length) {
    problems.push(ledgerFail("ledger-effect-duplicate", `entry "${entry.id}" gives one figure two effects`, entry.id));
  }
  return problems;
}

export function reconcileLedger(outcomes: Outcome[], ledger: LedgerEntry[], known: KnownLocations = { figures: new Set(), sections: {} }): Reconciled {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const explained = new Set(ledger.flatMap((e) => e.checks));
  const problems: DataProblem[] = [];

  for (const o of outcomes) {
    if (!o.ok && !explained.has(o.id)) {
      problems.push(
        fail({
          file: o.where.file,
          line: o.where.line,
          id: o.rule,
          message: `check ${o.id} fails and no ledger entry explains it: ${o.arithmetic}`,
          value: String(o.expected),
        }),
      );
    }
  }

  const entries: PublishedLedgerEntry[] = [];
  const notesByFigure = new Map<string, string[]>();
  for (const entry of ledger) {
    for (const id of entry.checks) {
      const r = byId.get(id);
      if (!r) problems.push(ledgerFail("ledger-unknown-check", `entry "${entry.id}" names a check the build does not run`, id));
      else if (r.ok) problems.push(ledgerFail("ledger-stale", `entry "${entry.id}" says ${id} disagrees, but it now holds: ${r.arithmetic}`, id));
    }
    for (const id of entry.holds) {
      const r = byId.get(id);
      if (!r) problems.push(ledgerFail("ledger-unknown-check", `entry "${entry.id}" cites a check the build does not run`, id));
      else if (!r.ok) problems.push(ledgerFail("ledger-holds-fails", `entry "${entry.id}" cites ${id} as holding, but it fails: ${r.arithmetic}`, id));
    }
    problems.push(...statementProblems(entry, known));
    const lookup = (ids: string[]) => ids.map((id) => byId.get(id)).filter((r): r is Outcome => r !== undefined);
    const failing = lookup(entry.checks);
    const found = [...failing, ...lookup(entry.holds)];
    const cited = entry.statements.flatMap((s) => (s.figure === undefined ? [] : [s.figure]));
    const figures = [...new Set([...found.flatMap((r) => r.figures), ...cited])].sort();
    problems.push(...effectProblems(entry, new Set(figures), known));
    // Figures that only feed a check cited as holding are context, not in dispute: no flag links them here.
    const disputed = new Set([...failing.flatMap((r) => r.figures), ...cited]);
    for (const f of figures.filter((x) => disputed.has(x))) notesByFigure.set(f, [...(notesByFigure.get(f) ?? []), entry.id]);
    entries.push({ ...entry, figures, results: found.map(publishable) });
  }
  return { problems, entries, notesByFigure };
}
