// The one strict CSV reader (RFC 4180), streaming so the tracker reads exports of any size on disk and in the browser.
import { DataError, fail } from "../errors.ts";

// Rows go to a callback with the 1-based line they start on; nothing is kept. Lines without a quote take a fast
// path (String.split); a quoted cell goes through the RFC 4180 state machine, which may span lines. A quote left
// open at the end of the file (a file cut off mid-cell), a stray quote and bytes that are not UTF-8 are reported,
// not repaired, because a half-read file must never publish. readCsvStream reads bytes in chunks from anything that
// yields them: a file on disk (tracker/node.ts) or a file chosen in the browser (tracker/browser.ts); parseCsv reads
// a whole text with a header row (the data step's sources, the published files) and throws a DataError instead.

const MAX_ROW = 1 << 20;

export type RowSink = (cells: string[], line: number) => void;

export interface CsvReadResult {
  /** Line where a quoted cell opens and is never closed. */
  unterminatedAt?: number;
  /** Line of a quote inside an unquoted cell (the first one). */
  strayQuoteAt?: number;
  invalidUtf8?: boolean;
  /** false when the last line has no newline after it: a common sign of a cut-off file. */
  finalNewline: boolean;
  rows: number;
}

export class CsvParser {
  private carry = "";
  private line = 1;
  private started = false;
  private stopped = false;
  readonly result: CsvReadResult = { finalNewline: true, rows: 0 };
  private readonly sink: RowSink;
  constructor(sink: RowSink) {
    this.sink = sink;
  }

  push(chunk: string): void {
    if (this.stopped) return;
    let text = this.carry + chunk;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.carry = text.slice(this.parse(text, false));
  }

  end(): CsvReadResult {
    const text = this.carry;
    this.carry = "";
    if (text.length > 0 && !this.stopped) {
      this.result.finalNewline = text.endsWith("\n");
      this.parse(text, true);
    }
    return this.result;
  }

  /** Parses whole rows; returns where the first incomplete row starts. */
  private parse(text: string, final: boolean): number {
    let pos = 0;
    const len = text.length;
    // The next quote mark, found once and reused until passed: searching from each
    // line would rescan the rest of the chunk for every row.
    let q = text.indexOf('"');
    while (pos < len) {
      let end = text.indexOf("\n", pos);
      if (end === -1) {
        if (!final) return pos;
        end = len;
      }
      if (q !== -1 && q < pos) q = text.indexOf('"', pos);
      if (q === -1 || q >= end) {
        const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        if (stop > pos) this.emit(text.slice(pos, stop).split(","), this.line);
        this.line++;
        pos = end + 1;
        continue;
      }
      const next = this.quoted(text, pos, final);
      if (next < 0) {
        // No row of this standard is a megabyte long: an open quote has swallowed
        // the rest of the file. Stop here rather than re-read it chunk by chunk.
        if (len - pos > MAX_ROW) {
          this.result.unterminatedAt = this.line;
          this.stopped = true;
          return len;
        }
        return pos;
      }
      pos = next;
    }
    return pos;
  }

  /** The state machine for a row with quotes; returns the index after the row, or -1 for "need more text". */
  private quoted(text: string, start: number, final: boolean): number {
    const cells: string[] = [];
    let cell = "";
    let i = start;
    let lines = 0;
    let inQuotes = false;
    let quoteLine = this.line;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (inQuotes) {
        if (ch === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            cell += '"';
            i += 2;
            continue;
          }
          inQuotes = false;
        } else {
          if (ch === 10) lines++;
          cell += text[i];
        }
        i++;
        continue;
      }
      if (ch === 34) {
        if (cell !== "" && this.result.strayQuoteAt === undefined) this.result.strayQuoteAt = this.line;
        inQuotes = true;
        quoteLine = this.line + lines;
      } else if (ch === 44) {
        cells.push(cell);
        cell = "";
      } else if (ch === 10 || ch === 13) {
        if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
        cells.push(cell);
        this.emit(cells, this.line);
        this.line += lines + 1;
        return i + 1;
      } else cell += text[i];
      i++;
    }
    if (!final) return -1;
    if (inQuotes) {
      this.result.unterminatedAt = quoteLine;
      return text.length;
    }
    cells.push(cell);
    this.emit(cells, this.line);
    this.line += lines + 1;
    return text.length;
  }

  private emit(cells: string[], line: number): void {
    this.result.rows++;
    this.sink(cells, line);
  }
}

/** Reads CSV from one whole text (a leading BOM is dropped, CRLF read as LF). */
export function readCsvText(text: string, sink: RowSink): CsvReadResult {
  const parser = new CsvParser(sink);
  parser.push(text);
  return parser.end();
}

/** Reads CSV from chunks of bytes (UTF-8, checked strictly; a leading BOM is dropped, CRLF read as LF). */
export async function readCsvStream(chunks: AsyncIterable<Uint8Array>, sink: RowSink): Promise<CsvReadResult> {
  const parser = new CsvParser(sink);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      return { ...parser.result, invalidUtf8: true };
    }
    parser.push(text);
  }
  try {
    parser.push(decoder.decode());
  } catch {
    return { ...parser.result, invalidUtf8: true };
  }
  return parser.end();
}

export interface CsvRecord {
  /** 1-based line number in the file where the record starts. */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** Parses CSV text with a header row; every row must have exactly the header's width. Whatever the reader reports
 *  (a stray or unclosed quote, a missing header, a repeated column name, a row of the wrong width) is a DataError. */
export function parseCsv(text: string, file: string): CsvTable {
  const rows: { line: number; cells: string[] }[] = [];
  const result = readCsvText(text, (cells, line) => rows.push({ line, cells }));
  if (result.strayQuoteAt !== undefined) {
    throw new DataError(fail({ file, line: result.strayQuoteAt, id: "csv-quote", message: "a quote inside an unquoted cell" }));
  }
  if (result.unterminatedAt !== undefined) {
    throw new DataError(fail({ file, line: result.unterminatedAt, id: "csv-unterminated", message: "a quoted cell is never closed (file cut off?)" }));
  }
  const head = rows.shift();
  if (!head) throw new DataError(fail({ file, line: 1, id: "csv-empty", message: "the file has no header row", value: "" }));
  const header = head.cells.map((h) => h.trim());
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new DataError(fail({ file, line: 1, id: "csv-header", message: "a column name appears twice", value: dup, column: dup }));
  const records = rows.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      throw new DataError(
        fail({
          file,
          line,
          id: cells.length < header.length ? "csv-short-row" : "csv-long-row",
          message: `expected ${header.length} cells, found ${cells.length}`,
          value: cells.join(","),
        }),
      );
    }
    return { line, cells: Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])) };
  });
  return { header, records };
}
