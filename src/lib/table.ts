// What a chart's table shows: already formatted text, so the frame only lays it out.
export interface TableModel {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  /** First cell of each row is its header. */
  rows: string[][];
}

// Printed labels such as "Co-habiting/Married" or "Miscarriage/abortion/deceased"
// have no space to wrap at, so on a 320px phone they push a table wider than
// the screen. A zero-width space after each "/" lets them wrap without
// splitting words; screen readers ignore it.
export const breakable = (text: string) => text.replaceAll("/", "/\u200b");

/** The same table with every cell breakable after a slash. */
export function breakableTable(t: TableModel): TableModel {
  return { ...t, rows: t.rows.map((r) => r.map(breakable)) };
}
