// What goes into the single download of all data: every file in public/data
// (except the archive itself), the services' files under services/ among them,
// in one folder, plus a README.txt that lists them with sizes and SHA-256
// checksums, the sources and the terms of reuse.
import { ARCHIVE_NAME, citeSite, REUSE_TERMS, sourceCitations } from "../../citation.ts";
import { sha256 } from "../../io/sha256.ts";
import type { ZipEntry } from "../../io/zip-deflate.ts";

export const FOLDER = "strengthening-families-data";

export interface PackageInfo {
  title: string;
  description: string;
  resources: { path: string; title: string; rows?: number }[];
}

const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** Files the archive holds: data files only (services/index.json, services/<slug>/<YYYY-MM>/figures.csv...), never the archive or scratch folders. */
export function archivable(name: string): boolean {
  return name !== ARCHIVE_NAME && /^(services\/([a-z0-9-]+\/(\d{4}-\d{2}\/)?)?)?[a-z0-9-]+\.(csv|json)$/.test(name);
}

/** Wraps a paragraph at 78 columns for reading in any text editor. */
export function wrap(text: string, width = 78): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** README.txt: plain text, wrapped by hand, no dates so it is reproducible. */
export function readme(files: Map<string, Uint8Array>, pkg: PackageInfo, siteUrl: string | URL | null): string {
  const titles = new Map<string, { path: string; title: string; rows?: number }>(pkg.resources.map((r) => [r.path, r]));
  titles.set("datapackage.json", { path: "datapackage.json", title: "Data package: every file, its fields, units, sources and checksum" });
  const lines = [
    pkg.title,
    "=".repeat(pkg.title.length),
    "",
    ...wrap(pkg.description),
    "",
    "Each dataset comes as CSV (one row per figure) and JSON (the same records",
    "as an array; datapackage.json gives each its description and source).",
    "figures.csv and figures.json hold every figure in one table. ledger.json",
    "lists the disagreements found in the sources so far (not a complete list),",
    "with the arithmetic; relations.csv holds the arithmetic between figures",
    "that its check lines cite; checks.json lists every check the build ran.",
    "datapackage.json (a Data Package, v2 of the standard) describes every",
    "field and unit.",
    "",
    "services/ holds the figures of the services that publish a tracker",
    "bundle: index.json lists them, comparisons.csv and comparisons.json compare",
    "them with Salford's evaluation, and services/<slug>/<YYYY-MM>/ holds each",
    "release (named after the month its figures run to) as its import wrote it",
    "(its own datapackage.json lists its files). A release is never changed.",
    "",
    "Loading: in every CSV the only missing value is an empty cell. Where a",
    "value or base is not published it is empty and value_symbol, base_symbol",
    "(symbol in comparisons.csv) says why, in GSS shorthand: c suppressed to",
    "protect confidentiality, x not available, z not applicable. Each JSON file",
    "that is a table is an array of records (pandas.read_json, arquero from).",
    "",
    "Files (name, title, rows where it is a table, bytes, SHA-256)",
    "-------------------------------------------------------------",
  ];
  for (const [name, data] of [...files].sort(byName)) {
    const r = titles.get(name);
    const rows = r?.rows === undefined ? "" : `, ${r.rows} ${r.rows === 1 ? "row" : "rows"}`;
    lines.push(`${name}`, `  ${r?.title ?? "(not described in datapackage.json)"}${rows}, ${data.length} bytes`, `  sha256 ${sha256(data)}`);
  }
  const paragraphs = (list: string[]) => list.flatMap((p) => [...wrap(p), ""]);
  lines.push("", "Sources", "-------", ...paragraphs(sourceCitations()), "How to cite", "-----------", ...paragraphs([citeSite(siteUrl)]));
  lines.push("Terms of reuse", "--------------", ...paragraphs(REUSE_TERMS));
  return lines.join("\n");
}

/** Archive entries in a fixed order: README first, then the files by name. */
export function archiveEntries(files: Map<string, Uint8Array>, pkg: PackageInfo, siteUrl: string | URL | null): ZipEntry[] {
  const kept = new Map([...files].filter(([name]) => archivable(name)));
  const sorted = [...kept].sort(byName);
  return [
    { name: `${FOLDER}/README.txt`, data: new TextEncoder().encode(readme(kept, pkg, siteUrl)) },
    ...sorted.map(([name, data]) => ({ name: `${FOLDER}/${name}`, data })),
  ];
}
