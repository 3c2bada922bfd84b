// The standard's downloads: each file's Table Schema and its blank template, and
// service.json's JSON Schema and blank template, as
// committed in src/lib/tracker/schemas/ (tests/unit/tracker/files.test.ts keeps
// those equal to the standard). /standard/[file] serves them byte for byte.
import { FILES } from "../tracker/standard.ts";
import { schemaName, stemOf } from "./standard.ts";

// A type, not an interface, so that it can be an Astro route's props (an index signature).
export type StandardDownload = {
  /** The name it is served under, in /standard/: parents.schema.json, parents.csv, ... */
  name: string;
  body: string;
  type: string;
};

/** `committed`: the text of each file in src/lib/tracker/schemas/, by file name. */
export function standardDownloads(committed: Record<string, string>): StandardDownload[] {
  const text = (name: string): string => {
    const t = committed[name];
    if (t === undefined) throw new Error(`src/lib/tracker/schemas/${name} is missing: run "npm run examples" to write it`);
    return t;
  };
  const json = "application/json; charset=utf-8";
  return [
    ...FILES.flatMap((file) => [
      { name: schemaName(file), body: text(schemaName(file)), type: json },
      // Served under the name the import expects, so a filled-in template needs no renaming.
      { name: file, body: text(`${stemOf(file)}.template.csv`), type: "text/csv; charset=utf-8" },
    ]),
    { name: "service.schema.json", body: text("service.schema.json"), type: json },
    { name: "service.json", body: text("service.template.json"), type: json },
  ];
}
