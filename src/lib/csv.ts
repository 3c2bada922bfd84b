// A strict RFC 4180 reader. Lenient parsers quietly pad short rows and swallow
// an unterminated quote to the end of the file; here both are errors, reported
// with the line they start on, because a half-read file must never publish.
import { DataError } from "./errors.ts";

export interface CsvRecord {
  /** 1-based line number in the file where the record starts. */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** Splits CSV text into raw rows of cells, each with the line it starts on. */
export function splitCsv(text: string, file: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let quoteStart = 0;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell !== "") {
        throw new DataError({ file, line, rule: "csv-quote", message: "a quote inside an unquoted cell", value: cell });
      }
      inQuotes = true;
      quoteStart = line;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowStart, cells });
      cells = [];
      cell = "";
      line++;
      rowStart = line;
    } else cell += ch;
  }
  if (inQuotes) {
    throw new DataError({
      file,
      line: quoteStart,
      rule: "csv-unterminated",
      message: "a quoted cell is never closed (file cut off?)",
      value: cell.slice(0, 40),
    });
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowStart, cells });
  }
  // A trailing newline is normal; blank lines in the middle are not data.
  return rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
}

/** Parses CSV text with a header row; every row must have exactly the header's width. */
export function parseCsv(text: string, file: string): CsvTable {
  const rows = splitCsv(text, file);
  const head = rows.shift();
  if (!head) throw new DataError({ file, line: 1, rule: "csv-empty", message: "the file has no header row", value: "" });
  const header = head.cells.map((h) => h.trim());
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new DataError({ file, line: 1, rule: "csv-header", message: "a column name appears twice", value: dup, column: dup });
  const records = rows.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      throw new DataError({
        file,
        line,
        rule: cells.length < header.length ? "csv-short-row" : "csv-long-row",
        message: `expected ${header.length} cells, found ${cells.length}`,
        value: cells.join(","),
      });
    }
    return { line, cells: Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])) };
  });
  return { header, records };
}

/** Writes rows as CSV with a fixed column order; quotes only where needed. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const quote = (v: unknown): string => {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- cells are scalars; a typeof chain would change the /publish/ worker's bytes.
    const s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join(" ") : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => quote(r[c])).join(","))].join("\n") + "\n";
}
