// The browser's adapter (src/lib/tracker/browser.ts) on the same bytes as the
// command line: File objects (Node has them too) in, and the same bundle out,
// byte for byte, as the committed synthetic examples; Excel's byte-order mark
// and CRLF line endings read as the same export; a damaged export gives the
// command line's problems and no ZIP.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unzip } from "../../../src/lib/io/zip-deflate.ts";
import { publishFiles } from "../../../src/lib/tracker/browser.ts";
import { formatTrackerProblem } from "../../../src/lib/tracker/problems.ts";
import { importExport } from "../../../src/lib/tracker/import.ts";
import { releaseDifferences } from "../../fixtures/same-release.ts";
import { exampleExport } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

/** The export folder's files as a browser's file input gives them (name and bytes, no path). */
function chosen(dir: string, edit: (name: string, bytes: Uint8Array) => Uint8Array = (_, b) => b): File[] {
  return readdirSync(dir).map((name) => new File([edit(name, new Uint8Array(readFileSync(join(dir, name)))) as Uint8Array<ArrayBuffer>], name));
}

const CASES: [slug: string, release: string][] = [
  ["brackenford", "2025-03"],
  ["larkspur-vale", "2023-03"],
  ["fellgate", "2025-03"],
];

describe("the import in a browser", () => {
  it.each(CASES)("%s %s: the same bundle as the command line, file for file and byte for byte, in one ZIP", async (slug, release) => {
    const r = await publishFiles(chosen(exampleExport(slug, release)), { slug, today: release, vocabulary: realVocabulary() });
    expect(r.ok).toBe(true);
    expect(r.zipName).toBe(`${slug}-${release}.zip`);
    const inZip = unzip(r.zip!);
    expect(inZip.map((e) => e.name)).toEqual(["figures.json", "figures.csv", "checks.json", "disclosure.json", "service.json", "datapackage.json"]);
    expect(await releaseDifferences(new Map(inZip.map((e) => [e.name, e.data])), slug, release, r.proven ?? false)).toEqual([]);
    expect(r.tables.length).toBeGreaterThan(3);
    expect(r.tables.flatMap((t) => t.rows.flat()).some((cell) => cell === "[c]")).toBe(true);
    expect(r.summary.join(" ")).toMatch(/hidden/);
  });

  it("reads an export saved by Excel (a UTF-8 byte-order mark, CRLF line endings) as the same export", async () => {
    const dir = exampleExport("brackenford", "2025-03");
    const excel = (name: string, bytes: Uint8Array) => {
      if (!name.endsWith(".csv")) return bytes;
      const text = new TextDecoder().decode(bytes).replaceAll("\n", "\r\n");
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    };
    const plain = await publishFiles(chosen(dir), { slug: "brackenford", today: "2025-03", vocabulary: realVocabulary() });
    const saved = await publishFiles(chosen(dir, excel), { slug: "brackenford", today: "2025-03", vocabulary: realVocabulary() });
    expect(saved.ok).toBe(true);
    expect(saved.problems).toEqual([]);
    // The same export, so the same bundle (unless a busy machine stopped either solver at its time limit).
    if (plain.proven && saved.proven) expect(saved.files).toEqual(plain.files);
    else expect(saved.files?.find(([n]) => n === "checks.json")).toEqual(plain.files?.find(([n]) => n === "checks.json"));
  });

  it("lists a damaged export's problems exactly as the command line does, and offers no ZIP", async () => {
    const dir = exampleExport("brackenford", "2025-03");
    // Synthetic: a made-up identifier column added to the synthetic example, and children.csv left out.
    const damage = (name: string, bytes: Uint8Array) =>
      name === "parents.csv" ? new TextEncoder().encode(new TextDecoder().decode(bytes).replace(/^([^\n]*)\n/, "$1,surname\n")) : bytes;
    const files = chosen(dir, damage).filter((f) => f.name !== "children.csv");
    const r = await publishFiles(files, { slug: "brackenford", today: "2025-03", vocabulary: realVocabulary() });
    expect(r.ok).toBe(false);
    expect(r.zip).toBeUndefined();
    const checks = r.problems.map((p) => p.id);
    expect(checks).toContain("TR-FILE-MISSING");
    expect(checks).toContain("TR-IDENT-COLUMN");
    // The same lines the command line prints for the same files on disk.
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const tmp = mkdtempSync("/tmp/tracker-browser-");
    for (const f of files) writeFileSync(join(tmp, f.name), new Uint8Array(await f.arrayBuffer()));
    const cli = await importExport(tmp, { slug: "brackenford", today: "2025-03", vocabulary: realVocabulary() });
    expect(r.problems.map((p) => p.text)).toEqual(cli.problems.map(formatTrackerProblem));
  });
});
