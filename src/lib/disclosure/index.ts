// Disclosure control for every bundle published from case-level records:
// primary suppression of small counts, secondary suppression across linked
// tables, and an LP audit of every suppressed cell. Pure: no I/O, no logging.
// The method in plain words is in README.md beside this file.
import { attack } from "./attacker.ts";
import { isPrimary, passes, suppress } from "./suppress.ts";
import { buildTable, checkSettings, DisclosureInputError, roundTo5, type Settings, type Table } from "./table.ts";
import type { AuditEntry, Cell, DisclosureResult, DisclosureSettings, ProtectedCell, Relation } from "./types.ts";

export type * from "./types.ts";
export { DisclosureInputError } from "./table.ts";

/** The method in plain words, for the method page; the full account is README.md beside this file. */
export function methodText(settings: DisclosureSettings): string {
  const { k, rounding } = checkSettings(settings);
  return (
    `Counts from 1 to ${k - 1} are hidden ([c]); zeros are shown. Further counts are hidden where totals or other ` +
    "tables of the same people would let a hidden count be worked out, chosen by the sequential protection-LP " +
    "heuristic for cell suppression (Kelly, Golden and Assad 1992; Fischetti and Salazar-Gonzalez 2000; described " +
    "in Hundepool et al., Statistical Disclosure Control, Wiley 2012). Every hidden count is then audited as " +
    "tau-ARGUS and sdcTable do: linear programming (HiGHS) finds the smallest and largest value it could take given " +
    `everything published, and the figures are published only if every such range is at least ${k} wide.` +
    (rounding === 5 ? " Shown counts are rounded to the nearest 5, and the audit works on the rounded figures." : "")
  );
}

export async function protect(
  cells: Cell[],
  relations: Relation[],
  settings: DisclosureSettings,
): Promise<DisclosureResult> {
  const s = checkSettings(settings);
  const table = buildTable(cells, relations);
  const { kinds, intervals, guarded } = await suppress(table, s);
  const out: ProtectedCell[] = [];
  table.ids.forEach((id, i) => {
    if (!table.published[i]) return;
    const kind = kinds.get(i);
    if (kind) out.push({ id, value: null, symbol: "c", kind });
    else out.push({ id, value: shown(table.value[i] ?? 0, s) });
  });
  const entries = auditEntries(table, kinds, intervals, s);
  const primary = [...kinds.values()].filter((k) => k === "primary").length;
  return {
    cells: out,
    audit: entries,
    // Belt and braces: the audit passed and no count from 1 to k-1 is shown (checked on true counts,
    // since with rounding a shown 5 may stand for a count of k or more).
    passed:
      entries.every((e) => e.passed) &&
      table.ids.every((_, i) => !isPrimary(table, i, s.k) || kinds.has(i)) &&
      [...guarded.values()].every((interval) => passes(interval, s.k)),
    counts: { primary, secondary: kinds.size - primary },
    method: methodText(s),
  };
}

/** The LP audit on its own: min and max of each hidden cell subject to everything published. */
export async function audit(
  cells: Cell[],
  relations: Relation[],
  hidden: ReadonlySet<string>,
  settings: DisclosureSettings,
): Promise<AuditEntry[]> {
  const s = checkSettings(settings);
  const table = buildTable(cells, relations);
  const kinds = new Map<number, "primary" | "secondary">();
  for (const id of hidden) {
    const i = table.index.get(id);
    if (i === undefined) throw new DisclosureInputError(`audit: no cell has the id ${id}`);
    if (!table.published[i])
      throw new DisclosureInputError(`audit: cell ${id} is not published, so it cannot be suppressed`);
    kinds.set(i, isPrimary(table, i, s.k) ? "primary" : "secondary");
  }
  const intervals = await attack(table, new Set(kinds.keys()), s, [...kinds.keys()]);
  return auditEntries(table, kinds, intervals, s);
}

function auditEntries(
  table: Table,
  kinds: Map<number, "primary" | "secondary">,
  intervals: Map<number, { lower: number; upper: number }>,
  s: Settings,
): AuditEntry[] {
  return [...kinds.keys()]
    .sort((a, b) => a - b)
    .map((i) => {
      const { lower, upper } = intervals.get(i) ?? { lower: 0, upper: 0 };
      const kind = kinds.get(i) ?? "secondary";
      return {
        id: table.ids[i] ?? "",
        kind,
        lower,
        upper,
        width: upper - lower,
        passed: passes({ lower, upper }, s.k),
      };
    });
}

function shown(value: number, s: Settings): number {
  return s.rounding === 5 ? roundTo5(value) : value;
}
