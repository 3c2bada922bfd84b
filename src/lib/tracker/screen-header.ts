// A file's header row: where each standard column is, which columns are not in
// the standard, and whether the file uses a delimiter other than a comma.
// Column names are the standard's or the analyst's own headings, never case
// data, so messages may name them.
import { identifyingColumnName } from "./identifiers.ts";
import type { Problems } from "./problems.ts";
import { COLUMNS, type FileName } from "./standard.ts";

/** A column not in the standard. Its cells are scanned for identifiers; the column gets one message at the end. */
export interface Extra {
  /** The heading as written (trimmed), and the name messages give it: "(no name, column N)" for a blank one. */
  heading: string;
  name: string;
  at: number;
  /** Identifier checks its cells raised, and the first rows that raised them. */
  kinds: Set<string>;
  rows: number[];
}

export interface Layout {
  file: FileName;
  width: number;
  /** Position of each standard column, or -1 when missing. */
  pos: Record<string, number>;
  extra: Extra[];
  complete: boolean;
  /** Set when the header is split by something other than commas: the file's rows cannot be read. */
  delimiter: { char: string; names: string[] } | null;
}

const DELIMITERS: [string, string][] = [
  [";", "semicolons"],
  ["\t", "tabs"],
  ["|", "vertical bars"],
];

/** A one-cell header holding a semicolon, tab or bar: every file of the standard has more than one column. */
function otherDelimiter(header: string[]): [string, string] | null {
  if (header.length !== 1) return null;
  const text = header[0] ?? "";
  const count = (ch: string) => text.split(ch).length - 1;
  const best = DELIMITERS.map((d) => [d, count(d[0])] as const).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : null;
}

export function checkHeader(file: FileName, header: string[], problems: Problems): Layout {
  const other = otherDelimiter(header);
  if (other) {
    // One message for the file: column by column it would be "26 columns missing, one unexpected".
    problems.add("TR-CSV-DELIMITER", file, null, 1, `the header row is split by ${other[1]}`);
    const names = (header[0] ?? "").split(other[0]).map((h) => h.trim());
    return { file, width: 1, pos: {}, extra: [], complete: false, delimiter: { char: other[0], names } };
  }
  const written = header.map((h) => h.trim());
  const standard = COLUMNS[file].map((d) => d.name);
  // A heading that differs from a standard column only in capital letters or spaces (Parent_ID, "sex ", "Parent Id",
  // as a spreadsheet's own headings are often written) is read as that column, with an advisory. Its meaning is
  // not in doubt, and its cells are checked exactly as the standard column's are, so refusing it would make the
  // analyst edit a heading for no gain in safety; the advisory asks for the standard spelling because other tools
  // match column names exactly.
  const spelled = (heading: string) => heading.toLowerCase().replace(/[\s-]+/g, "_");
  const names = written.map((n) => (standard.includes(spelled(n)) ? spelled(n) : n));
  const pos: Record<string, number> = {};
  const extra: Extra[] = [];
  names.forEach((name, at) => {
    const shown = written[at] as string;
    const raw = header[at] ?? "";
    if (name !== "" && names.indexOf(name) !== at) problems.add("TR-COL-DUPLICATE", file, shown, 1);
    else if (!standard.includes(name)) extra.push({ heading: name, name: name === "" ? `(no name, column ${at + 1})` : name, at, kinds: new Set(), rows: [] });
    else if (raw !== name) problems.add("TR-COL-CASE", file, raw, 1, `read as ${name}${raw.trim() !== raw ? " (the spaces around it were ignored)" : ""}`);
  });
  let complete = true;
  for (const name of standard) {
    pos[name] = names.indexOf(name);
    if (pos[name] === -1) {
      complete = false;
      problems.add("TR-COL-MISSING", file, name, 1);
    }
  }
  return { file, width: names.length, pos, extra, complete, delimiter: null };
}

const KIND_WORDS: Record<string, string> = {
  "TR-IDENT-NAME": "names",
  "TR-IDENT-NHS": "NHS numbers",
  "TR-IDENT-DOB": "dates of birth",
  "TR-IDENT-POSTCODE": "postcodes",
  "TR-IDENT-EMAIL": "email addresses",
  "TR-IDENT-PHONE": "phone numbers",
};

const MAX_ROWS = 5;

/** One message per column not in the standard, after its cells have been scanned: the fix is the same
 *  whatever the cells hold (remove the column), so their identifiers are named inside that message. */
export function reportExtras(layout: Layout, problems: Problems): void {
  for (const x of layout.extra) {
    // The heading, not the label: "(no name, column 16)" must not read as a column of names.
    const check = identifyingColumnName(x.heading) ? "TR-IDENT-COLUMN" : "TR-COL-UNEXPECTED";
    const words = [...x.kinds].map((k) => KIND_WORDS[k] ?? "identifiers").sort();
    const more = x.rows.length > MAX_ROWS ? ` and others` : "";
    const rows = `${x.rows.length === 1 ? "row" : "rows"} ${x.rows.slice(0, MAX_ROWS).join(", ")}${more}`;
    const detail = words.length ? `some cells look like ${words.join(" or ")}: ${rows}` : undefined;
    problems.add(check, layout.file, x.name, 1, detail);
  }
}
