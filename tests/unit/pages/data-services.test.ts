// /data/'s services section and the completed data package: the example
// build's public/data (made in memory) written to a temporary folder, so the
// page's reader sees real files and a checksum can be made to disagree.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalogue } from "../../../src/lib/pages/data-catalogue.ts";
import { serviceFieldTables, serviceFiles } from "../../../src/lib/pages/data-services.ts";
import { BUNDLE_FILES } from "../../../src/lib/monitoring/bundle.ts";
import { builtData, SLUGS } from "../../fixtures/built-data.ts";
import { exampleReleases } from "../../fixtures/example-files.ts";
import { profileValidator } from "../../fixtures/frictionless-profiles.ts";

function written(files: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "data-services-"));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("serviceFiles and serviceFieldTables", () => {
  it("lists the files about every service, then each service's releases, newest first, all checked against the package", () => {
    const groups = serviceFiles(readCatalogue(written(builtData("example"))));
    const releases = SLUGS.flatMap((slug) => [...exampleReleases(slug)].reverse().map((r) => `${slug}/${r}`));
    expect(groups.map((g) => (g.slug ? `${g.slug}/${g.release}` : null))).toEqual([null, ...releases]);
    expect(groups.map((g) => (g.slug ? `${g.slug}/${g.release}` : null))).toContain("brackenford/2023-03");
    expect(groups[0]!.files.map((f) => f.href)).toEqual(["/data/services/comparisons.csv", "/data/services/comparisons.json", "/data/services/index.json"]);
    for (const g of groups.slice(1)) expect(g.files.map((f) => f.path)).toEqual([...BUNDLE_FILES].sort().map((n) => `services/${g.slug}/${g.release}/${n}`));
    // Each service's trends come once, with its latest release.
    const latest = (slug: string) => `${slug}/${exampleReleases(slug).at(-1)}`;
    for (const g of groups.slice(1))
      expect(g.trends.map((f) => f.path)).toEqual(
        `${g.slug}/${g.release}` === latest(g.slug!) ? [`services/${g.slug}/trends.csv`, `services/${g.slug}/trends.json`] : [],
      );
  });

  it("lists only the shared files when no service has published, as in the production build", () => {
    const groups = serviceFiles(readCatalogue(written(builtData("production"))));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.files).toHaveLength(3);
  });

  it("refuses a services file that differs from its checksum", () => {
    const dir = written(builtData("example"));
    writeFileSync(join(dir, "services/thornwick/2024-03/figures.csv"), readFileSync(join(dir, "services/thornwick/2024-03/figures.csv"), "utf8") + "x\n");
    expect(() => serviceFiles(readCatalogue(dir))).toThrow(/out of date for services\/thornwick\/2024-03\/figures.csv/);
  });

  it("describes the columns of comparisons.csv, a service's trends.csv and a bundle's figures.csv, symbols among them", () => {
    const tables = serviceFieldTables(readCatalogue(written(builtData("example"))));
    expect(tables.map((t) => t.kind)).toEqual(["comparisons", "service-trends", "service-figures"]);
    expect(tables[0]!.fields.map((f) => f.name)).toContain("symbol");
    expect(tables[1]!.fields.map((f) => f.name)).toEqual(expect.arrayContaining(["period_from", "period_to", "numerator", "denominator", "symbol"]));
    expect(tables[2]!.fields.map((f) => f.name)).toEqual(expect.arrayContaining(["value_symbol", "base_symbol", "label"]));
  });
});

describe("the completed data package", () => {
  it("is still a valid v2 data package with the services' files in it", () => {
    const validate = profileValidator("datapackage");
    const pkg = JSON.parse(builtData("example").get("datapackage.json")!) as { resources: { path: string; type?: string }[] };
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    // Each release's figures.csv, each service's trends.csv, and comparisons.csv: the tables among the services' files.
    const releases = SLUGS.flatMap((slug) => exampleReleases(slug).map((r) => `services/${slug}/${r}/figures.csv`));
    expect(releases).toHaveLength(13);
    const trends = SLUGS.map((slug) => `services/${slug}/trends.csv`);
    const tables = pkg.resources.filter((r) => r.type === "table");
    expect(tables.map((r) => r.path).filter((p) => p.startsWith("services/"))).toEqual(["services/comparisons.csv", ...releases, ...trends].sort());
  });
});
