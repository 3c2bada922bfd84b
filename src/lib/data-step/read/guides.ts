// Practice guides as transcribed: themes become a list checked against the
// fixed vocabulary, and the yes/no and a/b/both cells become typed values.
import { DataError, type DataProblem, fail } from "../../errors.ts";
import type { Row } from "./cells.ts";
import type { Guide } from "../../contract/site.ts";
import { THEMES } from "../../vocabulary.ts";

const text = (r: Row, c: string) => (r.cells[c] as string | null) ?? null;
const themesOf = (r: Row) => (text(r, "themes") ?? "").split(/[\s;]+/).filter(Boolean);

/** Every theme known and listed once; the summary on one line. */
export function checkGuideRows(rows: Row[]): void {
  const problems: DataProblem[] = [];
  for (const r of rows) {
    const themes = themesOf(r);
    for (const t of themes) {
      if (!(THEMES as readonly string[]).includes(t)) {
        problems.push(
          fail({
            file: r.file,
            line: r.line,
            column: "themes",
            id: "unknown-value",
            message: "not in THEMES (src/lib/vocabulary.ts)",
            value: t,
          }),
        );
      }
    }
    if (new Set(themes).size !== themes.length) {
      problems.push(
        fail({
          file: r.file,
          line: r.line,
          column: "themes",
          id: "duplicate-theme",
          message: "a theme is listed twice",
          value: text(r, "themes") ?? "",
        }),
      );
    }
    if (/[\r\n]/.test(text(r, "summary") ?? "")) {
      problems.push(fail({ file: r.file, line: r.line, column: "summary", id: "one-line", message: "the summary must be one line" }));
    }
  }
  if (problems.length) throw new DataError(problems);
}

export function rowToGuide(r: Row): Guide {
  return {
    council: text(r, "council"),
    title: text(r, "title") ?? "",
    themes: themesOf(r),
    summary: text(r, "summary") ?? "",
    listedIn: text(r, "source") as Guide["listedIn"],
    recurrentCare: text(r, "recurrent_care") === "yes",
    remark: text(r, "note"),
  };
}
