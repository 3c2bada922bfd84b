// Finding the three files in the export folder. Names are matched without
// regard to case (Windows and macOS do so anyway, so Parents.csv works there
// and must work here too); when a file is missing, names that nearly match
// are offered in the message. File names are the analyst's, not case data.

/** The name the export gives the file (matched without regard to case), or the near misses found in its place.
 *  `names`: the export's file names, sorted (a folder's files, or the files chosen in the browser). */
export function findName(names: readonly string[], file: string): string | { near: string[] } {
  const exact = names.find((n) => n === file) ?? names.find((n) => n.toLowerCase() === file);
  if (exact !== undefined) return exact;
  const stem = file.replace(/\.csv$/, "");
  return { near: names.filter((n) => isNearMiss(n, stem)) };
}

/** parent.csv, Parents.csv.csv, parents.txt, parents.xlsx, parents (1).csv, parents_2025.csv. */
function isNearMiss(name: string, stem: string): boolean {
  const core = (name.toLowerCase().trim().split(".")[0] ?? "").replace(/\s*\(\d+\)$/, "").trim();
  return core.includes(stem) || distance(core, stem) <= 2;
}

/** Levenshtein distance; names are short. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;
const MAX_NAMES = 3;

/** The TR-FILE-MISSING detail naming what was found instead, or undefined when nothing was close. */
export function nearMissText(file: string, near: string[]): string | undefined {
  if (near.length === 0) return undefined;
  const shown = near.slice(0, MAX_NAMES).map((n) => `"${n}"`);
  const list = shown.join(shown.length === 2 ? " and " : ", ") + (near.length > MAX_NAMES ? ` and ${near.length - MAX_NAMES} more` : "");
  if (near.length > 1) return `the folder has ${list}: if one of them is this file, give it the name ${file}`;
  const name = near[0] as string;
  if (SPREADSHEET.test(name)) return `the folder has ${list}: if it is this file, save it from Excel as CSV UTF-8 with the name ${file}`;
  // Windows hides a file's last ending by default, so parents.csv.csv shows as parents.csv there.
  const hidden = /\.csv\.csv$/i.test(name) ? ` (Windows may show it as ${name.slice(0, -4)}, as it hides the last ending)` : "";
  return `the folder has ${list}${hidden}: if it is this file, rename it ${file}`;
}
