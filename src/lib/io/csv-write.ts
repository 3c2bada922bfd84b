// The one CSV writer, so every CSV the project writes (published files, example exports) quotes cells the same way.

/** One cell as CSV: quoted only where it must be (a comma, quote or line break), quotes doubled. */
export function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One row of cells as a CSV line, without its line break. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(",");
}

/** Rows of cells as CSV text, "\n" after every line (the header, if any, is the first row). */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map(csvLine).join("\n") + "\n";
}

/** Writes rows as CSV with a fixed column order, a header and "\n" after every line. A missing value (null or
 *  undefined) is an empty cell and a list is its items joined by spaces. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- cells are scalars or lists of them; a typeof chain would grow the /publish/ worker for no case that occurs.
  const text = (v: unknown): string => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join(" ") : String(v));
  return csvRows([columns, ...rows.map((r) => columns.map((c) => text(r[c])))]);
}
