// A synthetic export as it stood at the end of an earlier month, so the examples
// can have earlier releases drawn from the same made-up records: parents not yet
// referred are gone (with their circumstances, and children of families left with
// no parent), closures after the month are undone (and a child's status at closure
// with them, unless another parent of the family had closed by then), and three-year
// readings that could not yet have been taken are dropped; the rules of as-of.ts
// (stated there), which builds every release from an export. A child's other
// readings (status at three months, school readiness) are left as they are: the
// standard requires them, and the import reads them only once the family's case
// has closed. Pure: the export in is not changed.
import { THREE_YEARS } from "./as-of.ts";
import { monthNumber } from "./columns.ts";
import type { ExportRows } from "./synthetic.ts";

/** The export as it stood at the end of `month` (YYYY-MM). */
export function exportAsOf(ex: ExportRows, month: string): ExportRows {
  const end = monthNumber(month);
  if (end < 0) throw new Error(`exportAsOf: ${month} is not a month written YYYY-MM`);
  const at = (file: keyof ExportRows["header"], name: string) => ex.header[file].indexOf(name);
  const P = { id: at("parents.csv", "parent_id"), family: at("parents.csv", "family_id"), referral: at("parents.csv", "referral_month") };
  const closure = at("parents.csv", "closure_month");
  const reason = at("parents.csv", "closure_reason");

  const referred = new Map<string, number>();
  const closedBy = new Set<string>();
  const parents: string[][] = [];
  for (const row of ex.rows["parents.csv"]) {
    const month = monthNumber(row[P.referral]!);
    if (month > end) continue;
    referred.set(row[P.id]!, month);
    const cells = [...row];
    if (cells[closure] !== "" && monthNumber(cells[closure]!) > end) {
      cells[closure] = "";
      cells[reason] = "";
    }
    if (cells[closure] !== "") closedBy.add(cells[P.family]!);
    parents.push(cells);
  }
  const families = new Set(parents.map((r) => r[P.family]!));

  const C = { id: at("circumstances.csv", "parent_id"), time: at("circumstances.csv", "time") };
  const circumstances = ex.rows["circumstances.csv"].filter((row) => {
    const month = referred.get(row[C.id]!);
    return month !== undefined && (row[C.time] !== "three_years" || end - month >= THREE_YEARS);
  });

  const K = { family: at("children.csv", "family_id"), status: at("children.csv", "status_at_closure") };
  const children = ex.rows["children.csv"]
    .filter((row) => families.has(row[K.family]!))
    .map((row) => (closedBy.has(row[K.family]!) ? [...row] : row.map((c, i) => (i === K.status ? "" : c))));

  return { header: structuredClone(ex.header), rows: { "parents.csv": parents, "circumstances.csv": circumstances, "children.csv": children } };
}
