// What a chart's table shows: already formatted text, so the frame only lays it out.
export interface TableModel {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  /** First cell of each row is its header. */
  rows: string[][];
}
