// The bundle: six files, each deterministic (sorted keys, no timestamps), built in
// memory (node.ts writes them as a release folder, whole or not at all; the
// /publish/ page offers them as one ZIP). datapackage.json lists every other
// file with its SHA-256; figures.csv with its Table Schema.
import type { DisclosureResult } from "../disclosure/index.ts";
import { BUNDLE_CSV_COLUMNS, figureCsvSchema, figuresCsv } from "../data-step/publish/figure-csv.ts";
import { CHECKS } from "./checks.ts";
import type { BundleFigure, BundleService, Checks, Disclosure } from "../contract/bundle.ts";
import { DATASET_TITLES } from "./figures.ts";
import { stableJson } from "../io/json.ts";
import { DATA_PACKAGE_PROFILE, fileResource, jsonResource, tableResource } from "../io/data-package.ts";
import { STANDARD_VERSION } from "./standard.ts";

/** The checks report: every check the import ran, and that every FAIL-level one passed (a bundle is only
 *  written when they all pass). Whether an advisory was raised is never written: beside the figures it can
 *  point to one person (TR-AGE-YOUNG raised, beside "19 or under +1", says one parent was under 16). The
 *  analyst sees advisories when the import runs; the bundle is built without ever being given them. */
export function checksReport(service: BundleService): Checks {
  return {
    standard: STANDARD_VERSION,
    service: service.slug,
    checks: CHECKS.map((c) =>
      c.level === "FAIL"
        ? { id: c.id, level: c.level, rule: c.rule, outcome: "passed" as const }
        : { id: c.id, level: c.level, rule: c.rule, outcome: "not-published" as const },
    ),
  };
}

/** The disclosure audit: settings, how many cells were hidden, the width a reader can prove for each; never a value,
 *  never a kind, and never the audit's own width, which depends on whether a [c] hides a zero. */
function disclosureReport(result: DisclosureResult, service: BundleService, byCell: Map<string, string[]>): Disclosure {
  return {
    settings: service.disclosure,
    method: result.method,
    passed: result.passed,
    // How many cells were hidden, not how many of each kind: with no secondary suppression, the counts by kind would say
    // that every [c] is 1 to k-1, which the audit does not assume anyone knows. The analyst sees the kinds on screen.
    counts: { hidden: result.counts.primary + result.counts.secondary },
    cells: result.audit
      // An interval with no upper end (the cell's total is itself unpublished) is written as unbounded: JSON has no Infinity.
      // No kind per cell, for the same reason.
      .map((a) => ({
        id: a.id,
        width: Number.isFinite(a.publicWidth) ? a.publicWidth : null,
        unbounded: !Number.isFinite(a.publicWidth),
        passed: a.passed,
        figures: [...(byCell.get(a.id) ?? [])].sort(),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** The data package of a bundle's other files: each with its SHA-256, figures.csv with its Table Schema. */
export function bundlePackage(files: Map<string, string>, service: BundleService, rows: number) {
  const resources = [...files].map(([path, text]) =>
    path.endsWith(".csv")
      ? tableResource(fileResource(path.replace(/\.csv$/, "-csv"), path, text), rows, figureCsvSchema(BUNDLE_CSV_COLUMNS))
      : jsonResource(fileResource(path.replace(/\.json$/, ""), path, text)),
  );
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: `tracker-${service.slug}`,
    title: `${service.name}: figures from the client tracker${service.synthetic ? " (synthetic data)" : ""}`,
    description: `Aggregate figures from a tracker export (standard v${STANDARD_VERSION}), checked and protected by disclosure control. Datasets: ${Object.values(DATASET_TITLES).join("; ")}. figures.csv holds the records of figures.json; a value or base that is not published is empty, with its GSS symbol in value_symbol or base_symbol (c: suppressed; z: not applicable).`,
    version: service.period.to,
    synthetic: service.synthetic,
    temporal: service.period,
    resources,
  };
}

/** `byCell`: the figures printing each disclosure cell, so the audit can be read against figures.json. */
export function bundleFiles(
  figures: BundleFigure[],
  result: DisclosureResult,
  service: BundleService,
  byCell = new Map<string, string[]>(),
): Map<string, string> {
  const files = new Map<string, string>();
  files.set("figures.json", stableJson(figures));
  files.set("figures.csv", figuresCsv(figures, BUNDLE_CSV_COLUMNS));
  files.set("checks.json", stableJson(checksReport(service)));
  files.set("disclosure.json", stableJson(disclosureReport(result, service, byCell)));
  files.set("service.json", stableJson(service));
  files.set("datapackage.json", stableJson(bundlePackage(files, service, figures.length)));
  return files;
}
