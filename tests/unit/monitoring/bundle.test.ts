// The site build's check of a service bundle: a good bundle passes; a bundle
// edited after the import, an unsafe one, or one in the wrong build stops it,
// naming the file, the line and the rule, and never a suppressed value.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkBundle, type BundleFiles } from "../../../src/lib/monitoring/bundle.ts";
import { recordLines } from "../../../src/lib/monitoring/json-lines.ts";
import { BUNDLE_CSV_COLUMNS, figuresCsv, type FigureCsvInput } from "../../../src/lib/data-step/publish/figure-csv.ts";
import { bundleFiles } from "../../fixtures/example-files.ts";
import { builtData } from "../../fixtures/built-data.ts";
import { servicesIndexSchema } from "../../../src/lib/contract/services.ts";
import { pageFor } from "../../../src/lib/monitoring/views.ts";

const DIR = "examples/services";
const read = (slug: string): BundleFiles => bundleFiles(slug);
const rules = (r: { problems: { id: string }[] }) => [...new Set(r.problems.map((p) => p.id))].sort();

/** Re-signs a changed file in the data package, as an import would have, so a test reaches the rule behind the hash.
 *  A changed figures.json gets its figures.csv written again too, as the import writes both. */
function resign(files: BundleFiles, name: keyof BundleFiles): BundleFiles {
  const out = { ...files };
  const names: (keyof BundleFiles)[] = [name];
  if (name === "figures.json") {
    out["figures.csv"] = figuresCsv(JSON.parse(files["figures.json"]!) as FigureCsvInput[], BUNDLE_CSV_COLUMNS);
    names.push("figures.csv");
  }
  const pkg = JSON.parse(files["datapackage.json"]!) as { resources: { path: string; hash: string }[] };
  for (const r of pkg.resources)
    if (names.includes(r.path as keyof BundleFiles))
      r.hash = `sha256:${createHash("sha256")
        .update(out[r.path as keyof BundleFiles]!)
        .digest("hex")}`;
  return { ...out, "datapackage.json": JSON.stringify(pkg) };
}

describe("checkBundle", () => {
  it("passes every example bundle in the example build, and refuses each in the production build", () => {
    for (const slug of ["brackenford", "larkspur-vale", "marram-bay", "thornwick"]) {
      const ok = checkBundle(DIR, slug, read(slug), "example");
      expect(ok.problems).toEqual([]);
      expect(ok.bundle!.figures.length).toBeGreaterThan(300);
      expect(rules(checkBundle(DIR, slug, read(slug), "production"))).toEqual(["bundle-synthetic-in-production"]);
    }
  });

  it("stops on a bundle edited after the import, naming the changed file", () => {
    const files = read("marram-bay");
    const edited = { ...files, "figures.json": files["figures.json"]!.replace('"value": 357', '"value": 358') };
    const r = checkBundle(DIR, "marram-bay", edited, "example");
    expect(rules(r)).toEqual(["bundle-changed"]);
    expect(r.problems[0]!.message).toContain("figures.json");
    expect(r.bundle).toBeUndefined();
  });

  it("stops on a small count put back in place of a [c], with its line, and does not print the count", () => {
    const files = read("brackenford");
    const text = files["figures.json"]!;
    const json = JSON.parse(text) as { measure: string; symbol?: string | null; value: number | null; id: string }[];
    const i = json.findIndex((r) => r.measure === "count" && r.symbol === "c");
    // As the import writes a shown count: a value and no symbol.
    json[i] = { ...json[i]!, value: 3 };
    delete json[i].symbol;
    const changed = resign({ ...files, "figures.json": JSON.stringify(json, null, 1) }, "figures.json");
    const r = checkBundle(DIR, "brackenford", changed, "example");
    expect(rules(r)).toEqual(["bundle-small-count"]);
    const p = r.problems[0]!;
    expect(p.file).toBe("examples/services/brackenford/figures.json");
    expect(p.line).toBe(recordLines(changed["figures.json"]!)[i]);
    expect(p.value).toBeUndefined();
  });

  it("stops on a figure record outside the bundle's contract (a field the import never writes, such as a per-cell kind)", () => {
    const files = read("brackenford");
    const json = JSON.parse(files["figures.json"]!) as Record<string, unknown>[];
    json[0] = { ...json[0]!, kind: "primary" };
    const r = checkBundle(DIR, "brackenford", resign({ ...files, "figures.json": JSON.stringify(json, null, 1) }, "figures.json"), "example");
    expect(rules(r)).toEqual(["bundle-figure-record"]);
    expect(r.problems[0]!.message).toContain("record 1");
  });

  it("stops on a share that does not follow from its count and base, and on a share whose count is hidden", () => {
    const files = read("marram-bay");
    const json = JSON.parse(files["figures.json"]!) as {
      measure: string;
      value: number | null;
      symbol?: string | null;
      category: string;
      dataset: string;
      group: string;
    }[];
    const pct = json.findIndex((r) => r.measure === "percent" && r.value !== null && r.value > 10);
    json[pct] = { ...json[pct]!, value: json[pct]!.value! + 1 };
    const hiddenCount = json.findIndex((r) => r.measure === "count" && r.symbol === "c");
    const twin = json.findIndex(
      (r, k) =>
        k !== hiddenCount &&
        r.measure === "percent" &&
        r.dataset === json[hiddenCount]!.dataset &&
        r.group === json[hiddenCount]!.group &&
        r.category === json[hiddenCount]!.category,
    );
    json[twin] = { ...json[twin]!, value: 12.5 };
    delete json[twin].symbol;
    const r = checkBundle(DIR, "marram-bay", resign({ ...files, "figures.json": JSON.stringify(json, null, 1) }, "figures.json"), "example");
    expect(rules(r)).toEqual(["bundle-share", "bundle-share-without-count"]);
  });

  it("stops on a failed audit, a slug that is not the folder's, a missing file and broken JSON", () => {
    const files = read("larkspur-vale");
    const failed = resign({ ...files, "disclosure.json": files["disclosure.json"]!.replace('"passed": true', '"passed": false') }, "disclosure.json");
    expect(rules(checkBundle(DIR, "larkspur-vale", failed, "example"))).toContain("bundle-audit-failed");
    expect(rules(checkBundle(DIR, "other-name", files, "example"))).toEqual(["bundle-slug"]);
    const { "checks.json": _gone, ...missing } = files;
    expect(rules(checkBundle(DIR, "larkspur-vale", missing, "example"))).toEqual(["bundle-file-missing"]);
    expect(rules(checkBundle(DIR, "larkspur-vale", { ...files, "service.json": "{" }, "example"))).toEqual(["bundle-json"]);
  });
});

describe("checks.json", () => {
  it("stops on a checks.json that says whether an advisory was raised, even re-signed, naming the record and why", () => {
    const files = read("fellgate");
    const checks = JSON.parse(files["checks.json"]!) as { checks: { id: string; outcome: string; raised?: boolean }[] };
    const young = checks.checks.findIndex((c) => c.id === "TR-AGE-YOUNG");
    const raised = structuredClone(checks);
    raised.checks[young]!.outcome = "raised";
    const r = checkBundle(DIR, "fellgate", resign({ ...files, "checks.json": JSON.stringify(raised) }, "checks.json"), "example");
    expect(rules(r)).toEqual(["bundle-checks"]);
    expect(r.problems[0]).toMatchObject({ file: `${DIR}/fellgate/checks.json`, column: `checks.${young}.outcome` });
    expect(r.problems[0]!.message).toContain("can point to one person");
    // The old way, an extra field, or a FAIL check that did not pass: each refused.
    const flagged = structuredClone(checks);
    flagged.checks[young]!.raised = false;
    const failed = structuredClone(checks);
    failed.checks[0]!.outcome = "raised";
    for (const bad of [flagged, failed])
      expect(rules(checkBundle(DIR, "fellgate", resign({ ...files, "checks.json": JSON.stringify(bad) }, "checks.json"), "example"))).toEqual([
        "bundle-checks",
      ]);
  });

  it("stops on a checks.json from another service", () => {
    const files = read("fellgate");
    const other = files["checks.json"]!.replace('"service": "fellgate"', '"service": "thornwick"');
    expect(rules(checkBundle(DIR, "fellgate", resign({ ...files, "checks.json": other }, "checks.json"), "example"))).toEqual(["bundle-slug"]);
  });
});

describe("recordLines", () => {
  it("finds the line each top-level record starts on, whatever the layout", () => {
    expect(recordLines('[\n {"a": "x]"},\n {"b": [1,\n 2]},\n 3,\n "s"\n]')).toEqual([2, 3, 5, 6]);
    expect(recordLines("[]")).toEqual([]);
  });
});

describe("the bundle's data package and figures.csv", () => {
  it("stops on a data package that leaves a file of the bundle out, naming the file", () => {
    const files = read("thornwick");
    const pkg = JSON.parse(files["datapackage.json"]!) as { resources: { path: string }[] };
    pkg.resources = pkg.resources.filter((r) => r.path !== "figures.csv");
    const r = checkBundle(DIR, "thornwick", { ...files, "datapackage.json": JSON.stringify(pkg) }, "example");
    expect(rules(r)).toEqual(["bundle-package"]);
    expect(r.problems[0]!.value).toBe("figures.csv");
  });

  it("stops on a figures.csv that no longer holds figures.json's records, even re-signed", () => {
    const files = read("thornwick");
    const csv = files["figures.csv"]!.replace(",count,,c,", ",count,3,,");
    expect(csv).not.toBe(files["figures.csv"]);
    expect(rules(checkBundle(DIR, "thornwick", resign({ ...files, "figures.csv": csv }, "figures.csv"), "example"))).toEqual(["bundle-csv"]);
  });

  it("stops on a hidden base that does not say so, and on a baseSymbol beside a published base", () => {
    const files = read("brackenford"); // a bundle with a hidden base (Marram Bay's optimal pattern hides none)
    const json = JSON.parse(files["figures.json"]!) as { base: number | null; baseSymbol?: string }[];
    const hidden = json.findIndex((r) => r.base === null);
    const shown = json.findIndex((r) => r.base !== null);
    delete json[hidden]!.baseSymbol;
    json[shown]!.baseSymbol = "c";
    const text = JSON.stringify(json, null, 1);
    const changed = resign(
      resign({ ...files, "figures.json": text, "figures.csv": figuresCsv(JSON.parse(text) as never, BUNDLE_CSV_COLUMNS) }, "figures.json"),
      "figures.csv",
    );
    const r = checkBundle(DIR, "brackenford", changed, "example");
    expect(rules(r)).toEqual(["bundle-base-symbol"]);
    expect(r.problems.map((p) => p.line)).toEqual([hidden, shown].sort((a, b) => a - b).map((i) => recordLines(text)[i]));
  });
});

describe("figuresCsv", () => {
  it("leaves a hidden value and base empty, with their GSS symbols in columns of their own", () => {
    const csv = figuresCsv(
      [
        {
          id: "a",
          dataset: "d",
          group: "all",
          category: "x",
          measure: "count",
          value: null,
          symbol: "c",
          base: null,
          baseSymbol: "c",
          source: { document: "Doc", table: "T", section: "S" },
          derived: false,
        },
        { id: "b", dataset: "d", group: "all", category: "y", measure: "percent", value: null, symbol: "z", base: 0, source: "Doc", derived: false },
        { id: "c", dataset: "d", group: "all", category: "z", measure: "count", value: 12, symbol: null, base: 30, source: "Doc", derived: false },
      ],
      ["id", "value", "value_symbol", "base", "base_symbol", "document", "table"],
    );
    expect(csv.trim().split("\n")).toEqual(["id,value,value_symbol,base,base_symbol,document,table", "a,,c,,c,Doc,T", "b,,z,0,,Doc,", "c,12,,30,,Doc,"]);
  });
});

describe("monitoringPageFor", () => {
  it.each(["production", "example"] as const)(
    "links a council on the North West list to its bundle only when the bundle is that council's (%s build)",
    (mode) => {
      // services/index.json as the services index collection parses it (monitoring/load.ts reads it in the site build).
      const { services } = servicesIndexSchema.parse(JSON.parse(builtData(mode).get("services/index.json")!));
      const monitoringPageFor = (localAuthority: string) => pageFor(services, localAuthority);
      const councils = services.map((s) => s.council);
      // The example build publishes the five fictional services (src/lib/tracker/examples.ts); production none yet.
      expect(councils).toHaveLength(mode === "example" ? 5 : 0);
      // In either build no real North West council has a bundle yet, and a name that only starts the same does not match.
      expect(monitoringPageFor("Salford")).toBeNull();
      expect(monitoringPageFor("Brack")).toBeNull();
      for (const c of councils) if (c) expect(monitoringPageFor(c.split(" ")[0]!)?.href).toMatch(/^\/monitoring\/[a-z-]+\/$/);
    },
  );
});
