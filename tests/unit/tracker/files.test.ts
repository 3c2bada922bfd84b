// The standard's published files, the bundle writer and the guard that keeps
// case-level files out of data/services/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stableJson } from "../../../src/lib/io/json.ts";
import { writeFolderAtomic } from "../../../src/lib/io/atomic-write.ts";
import { findCaseLevelFiles } from "../../../src/lib/tracker/case-files.ts";
import { releaseChangeProblems } from "../../../src/lib/monitoring/releases.ts";
import type { BundleFigure } from "../../../src/lib/contract/bundle.ts";
import { importExport, runImport } from "../../../src/lib/tracker/import.ts";
import { exportAsOf } from "../../../src/lib/tracker/synthetic-asof.ts";
import { listReleases, readPrevious, releaseRefusal } from "../../../src/lib/tracker/releases.ts";
import { schemaFiles } from "../../../src/lib/tracker/schema-files.ts";
import { FILES } from "../../../src/lib/tracker/standard.ts";
import { tableSchema, templateCsv } from "../../../src/lib/tracker/table-schema.ts";
import { cleanup, earlierBundle, sampleExport, snapshot, tempDir, TODAY, writeExport } from "../../fixtures/tracker-fixture.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const ROOT = new URL("../../..", import.meta.url).pathname;
const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

describe("the standard's files", () => {
  const schemas = join(ROOT, "src/lib/tracker/schemas");

  it.each([...FILES])("the committed Table Schema and template for %s match the standard", (file) => {
    const stem = file.replace(/\.csv$/, "");
    expect(readFileSync(join(schemas, `${stem}.schema.json`), "utf8")).toBe(stableJson(tableSchema(file)));
    expect(readFileSync(join(schemas, `${stem}.template.csv`), "utf8")).toBe(templateCsv(file));
  });

  it("schemas/ holds exactly the files the standard writes, service.json's included, each as written", () => {
    const written = schemaFiles();
    expect(readdirSync(schemas).sort()).toEqual(Object.keys(written).sort());
    expect(Object.keys(written)).toEqual(expect.arrayContaining(["service.schema.json", "service.template.json"]));
    for (const [name, text] of Object.entries(written)) expect(readFileSync(join(schemas, name), "utf8"), name).toBe(text);
  });
});

describe("findCaseLevelFiles", () => {
  it("finds case-level files at any depth and ignores bundles", () => {
    const dir = tempDir("services");
    dirs.push(dir);
    mkdirSync(join(dir, "a/raw"), { recursive: true });
    writeFileSync(join(dir, "a/figures.json"), "[]");
    writeFileSync(join(dir, "a/raw/Children.csv"), "x");
    writeFileSync(join(dir, "parents.csv"), "x");
    writeFileSync(join(dir, "a/export-2024.csv"), "child_id,family_id\nC1,F1\n");
    writeFileSync(join(dir, "a/figures.csv"), "dataset,group,category,value\n");
    expect(findCaseLevelFiles(dir)).toEqual(["a/export-2024.csv", "a/raw/Children.csv", "parents.csv"]);
    expect(findCaseLevelFiles(join(dir, "missing"))).toEqual([]);
  });
});

describe("writing a bundle", () => {
  it("adds a release folder beside the earlier ones and leaves no temporary folder", () => {
    const out = earlierBundle();
    dirs.push(join(out, ".."));
    const before = snapshot(out);
    writeFolderAtomic(join(out, "2021-03"), [["figures.json", "[1]\n"]], { replace: false });
    expect(snapshot(out)).toEqual({ ...before, "service/2021-03/figures.json": "[1]\n" });
  });

  it("never writes over a release that exists", () => {
    const out = earlierBundle();
    dirs.push(join(out, ".."));
    const before = snapshot(out);
    expect(() => writeFolderAtomic(join(out, "2020-03"), [["figures.json", "[1]\n"]], { replace: false })).toThrow(/never rewritten/);
    expect(snapshot(out)).toEqual(before);
  });

  it("without service.json, the slug names the service and the defaults apply", async () => {
    const dir = writeExport(sampleExport(25, 3));
    const out = join(tempDir("out"), "no-service");
    dirs.push(dir, join(out, ".."));
    const r = await runImport(dir, out, { slug: "no-service", today: TODAY, vocabulary: realVocabulary() });
    expect(r.ok).toBe(true);
    const service = JSON.parse(readFileSync(join(out, r.release!, "service.json"), "utf8")) as { period: { to: string } };
    expect(service).toMatchObject({ slug: "no-service", name: "no-service", synthetic: false, disclosure: { k: 5, rounding: null } });
    expect(service.period.to <= TODAY).toBe(true);
  }, 60_000);
});

describe("an export saved by a spreadsheet", () => {
  it("with a byte-order mark, CRLF line ends and every cell quoted gives the same figures as the plain file", async () => {
    const ex = sampleExport(60, 5);
    const excel = (header: string[], rows: string[][]) => "\uFEFF" + [header, ...rows].map((r) => r.map((c) => `"${c}"`).join(",")).join("\r\n") + "\r\n";
    const plain = writeExport(ex);
    const quoted = writeExport(ex, {
      "parents.csv": excel(ex.header["parents.csv"], ex.rows["parents.csv"]),
      "children.csv": excel(ex.header["children.csv"], ex.rows["children.csv"]),
    });
    const out = tempDir("out");
    dirs.push(plain, quoted, out);
    const a = await runImport(plain, join(out, "a"), { slug: "a", today: TODAY, vocabulary: realVocabulary() });
    const b = await runImport(quoted, join(out, "b"), { slug: "a", today: TODAY, vocabulary: realVocabulary() });
    expect(b.problems).toEqual(a.problems);
    expect(b.ok).toBe(true);
    expect(b.files?.get("figures.json")).toBe(a.files?.get("figures.json"));
  }, 60_000);
});

describe("releases", () => {
  it("a release exists already, or is older than the latest: refused with the reason; otherwise none", () => {
    expect(releaseRefusal([], "2025-03")).toBeNull();
    expect(releaseRefusal(["2023-03", "2024-03"], "2025-03")).toBeNull();
    expect(releaseRefusal(["2023-03", "2024-03"], "2024-03")).toMatch(/^release 2024-03 already exists/);
    expect(releaseRefusal(["2023-03", "2024-03"], "2023-09")).toMatch(/^release 2023-09 is older than the latest release, 2024-03/);
  });

  it("runImport reads every earlier release, oldest first, and passes it to the import as `previous`", async () => {
    const out = earlierBundle();
    mkdirSync(join(out, "2019-12"));
    mkdirSync(join(out, "notes"));
    dirs.push(join(out, ".."));
    // An earlier release is read through the bundle's contract: one edited by hand stops the import, naming it.
    writeFileSync(join(out, "2019-12/figures.json"), '[{"id":"x"}]\n');
    expect(() => readPrevious(out)).toThrow(/2019-12\/figures\.json: record 1, field \w+/);
    writeFileSync(join(out, "2019-12/figures.json"), "[]\n");
    expect(listReleases(out)).toEqual(["2019-12", "2020-03"]);
    expect(readPrevious(out)).toEqual([
      { release: "2019-12", figures: [] },
      { release: "2020-03", figures: [] },
    ]);
    // Synthetic: a real service's next release waits for the joint audit (below).
    const dir = writeExport(sampleExport(25, 3), {}, { name: "Sample", period: { from: "2019-04", to: "2025-03" }, synthetic: true });
    dirs.push(dir);
    // Given `previous`, runImport takes it as the earlier releases rather than reading the folder.
    const given = await runImport(dir, out, { slug: "sample", today: TODAY, vocabulary: realVocabulary(), previous: [{ release: "2025-03", figures: [] }] });
    expect([given.ok, given.refused]).toEqual([false, expect.stringMatching(/already exists/)]);
    expect(listReleases(out)).toEqual(["2019-12", "2020-03"]);
    const r = await runImport(dir, out, { slug: "sample", today: TODAY, vocabulary: realVocabulary() });
    expect([r.ok, r.release]).toEqual([true, "2025-03"]);
    expect(listReleases(out)).toEqual(["2019-12", "2020-03", "2025-03"]);
  }, 180_000); // the import audits two earlier releases with the new one: about a minute on a busy machine

  it("the import refuses (TR-RELEASE-ORDER, naming the release) an export whose period does not end after every earlier release's, rather than skip the joint audit", async () => {
    const dir = writeExport(sampleExport(25, 3), {}, { name: "Sample", period: { from: "2019-04", to: "2025-03" }, synthetic: true });
    dirs.push(dir);
    const earlier = [
      { release: "2024-03", figures: [] },
      { release: "2025-03", figures: [] },
      { release: "2025-06", figures: [] },
    ];
    const r = await importExport(dir, { slug: "sample", today: TODAY, vocabulary: realVocabulary(), previous: earlier });
    expect([r.ok, r.files, r.figures, r.disclosure]).toEqual([false, undefined, undefined, undefined]);
    const order = r.problems.filter((p) => p.id === "TR-RELEASE-ORDER");
    expect(order.map((p) => [p.level, /release (\S+),/.exec(p.message)?.[1]])).toEqual([
      ["FAIL", "2025-03"],
      ["FAIL", "2025-06"],
    ]);
  }, 60_000);

  it("a real service's next release is audited with the first: written, the first unchanged, no count moved by 1 to 4", async () => {
    const out = join(tempDir("real"), "real-town");
    dirs.push(join(out, ".."));
    const full = sampleExport(60, 3);
    const first = writeExport(exportAsOf(full, "2024-03"), {}, { name: "Real Town", period: { from: "2019-04", to: "2024-03" } });
    const next = writeExport(full, {}, { name: "Real Town", period: { from: "2019-04", to: "2025-03" } });
    dirs.push(first, next);
    expect((await runImport(first, out, { slug: "real-town", today: TODAY, vocabulary: realVocabulary() })).ok).toBe(true);
    // snapshot(x) holds every file of x's parent folder: the first release's are those under 2024-03/.
    const first2024 = () => Object.fromEntries(Object.entries(snapshot(join(out, "2024-03"))).filter(([path]) => path.startsWith("2024-03/")));
    const before = first2024();
    const r = await runImport(next, out, { slug: "real-town", today: TODAY, vocabulary: realVocabulary() });
    expect([r.ok, r.release, r.service?.synthetic]).toEqual([true, "2025-03", false]);
    expect(first2024()).toEqual(before);
    const releases = listReleases(out).map((release) => ({
      release,
      k: 5,
      figures: JSON.parse(readFileSync(join(out, release, "figures.json"), "utf8")) as BundleFigure[],
    }));
    expect(releases.map((x) => x.release)).toEqual(["2024-03", "2025-03"]);
    expect(releaseChangeProblems("real-town", releases)).toEqual([]);
  }, 180_000);

  it("refuses, writing nothing, a next release whose export no longer gives what an earlier one printed (records corrected)", async () => {
    const out = join(tempDir("real"), "real-town");
    dirs.push(join(out, ".."));
    const full = sampleExport(60, 3);
    // The next export says every parent referred by March 2024 was referred by midwifery: records about that time
    // corrected after the first release printed them.
    const corrected = structuredClone(full);
    const at = (name: string) => corrected.header["parents.csv"].indexOf(name);
    for (const row of corrected.rows["parents.csv"]) if (row[at("referral_month")]! <= "2024-03") row[at("referral_source")] = "midwifery";
    const first = writeExport(exportAsOf(full, "2024-03"), {}, { name: "Real Town", period: { from: "2019-04", to: "2024-03" } });
    const next = writeExport(corrected, {}, { name: "Real Town", period: { from: "2019-04", to: "2025-03" } });
    dirs.push(first, next);
    expect((await runImport(first, out, { slug: "real-town", today: TODAY, vocabulary: realVocabulary() })).ok).toBe(true);
    const before = snapshot(out);
    const r = await runImport(next, out, { slug: "real-town", today: TODAY, vocabulary: realVocabulary() });
    expect(r.ok).toBe(false);
    expect(new Set(r.problems.filter((p) => p.level === "FAIL").map((p) => p.id))).toEqual(new Set(["TR-RELEASE-REVISED"]));
    expect(snapshot(out)).toEqual(before);
  }, 180_000);
});
