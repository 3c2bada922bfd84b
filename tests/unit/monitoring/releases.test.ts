// The data step's release rules: a release's period ends in the month that names
// its folder, a committed release is never changed, and the index lists every release.
import { describe, expect, it } from "vitest";
import { checkBundle } from "../../../src/lib/monitoring/bundle.ts";
import { publishedFiles } from "../../../src/lib/monitoring/publish.ts";
import type { ServicesIndex } from "../../../src/lib/contract/services.ts";
import { changedReleaseProblems, gitBlobId, releasePeriodProblems } from "../../../src/lib/monitoring/releases.ts";
import { bundleFiles, checkedRelease, exampleReleases } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const rules = (problems: { id: string }[]) => problems.map((p) => p.id);

describe("a release's folder and its service.json", () => {
  it("passes every example release checked against its own folder", () => {
    for (const release of exampleReleases("larkspur-vale"))
      expect(checkBundle("examples/services", "larkspur-vale", bundleFiles("larkspur-vale", release), "example", release).problems).toEqual([]);
  });

  it("refuses a release whose period ends in another month than its folder's name, or whose slug is another service's", () => {
    const files = bundleFiles("larkspur-vale", "2024-03");
    const period = checkBundle("examples/services", "larkspur-vale", files, "example", "2025-03");
    expect(rules(period.problems)).toEqual(["release-period"]);
    expect(period.problems[0]).toMatchObject({ file: "examples/services/larkspur-vale/2025-03/service.json", column: "period.to", value: "2024-03" });
    expect(period.bundle).toBeUndefined();
    // Both service.json and checks.json name the other service.
    expect(rules(checkBundle("examples/services", "thornwick", files, "example", "2024-03").problems)).toEqual(["bundle-slug", "bundle-slug"]);
    expect(releasePeriodProblems("x/service.json", "2024-03", { to: "2024-03" })).toEqual([]);
  });
});

describe("changedReleaseProblems", () => {
  const id = (text: string) => gitBlobId(new TextEncoder().encode(text));
  const committed = new Map([
    ["data/services/north/2024-03/figures.json", id("[1]\n")],
    ["data/services/north/2024-03/service.json", id("{}\n")],
    ["data/services/north/README.md", id("notes\n")],
  ]);

  it("computes git's own object id (git hash-object)", () => {
    // printf 'hello\n' | git hash-object --stdin
    expect(id("hello\n")).toBe("ce013625030ba8dba906f756967f9e9ca394464a");
  });

  it("passes releases as committed, and a new release that HEAD does not hold", () => {
    const working = new Map([...committed, ["data/services/north/2025-03/figures.json", id("[2]\n")]]);
    expect(changedReleaseProblems(working, committed)).toEqual([]);
  });

  it("refuses a committed release with a file changed, added or removed, naming each file", () => {
    const working = new Map(committed);
    working.set("data/services/north/2024-03/figures.json", id("[9]\n"));
    working.set("data/services/north/2024-03/extra.csv", id("x\n"));
    working.delete("data/services/north/2024-03/service.json");
    const problems = changedReleaseProblems(working, committed);
    expect(problems.map((p) => [p.id, p.file])).toEqual([
      ["release-changed", "data/services/north/2024-03/extra.csv"],
      ["release-changed", "data/services/north/2024-03/figures.json"],
      ["release-changed", "data/services/north/2024-03/service.json"],
    ]);
    expect(problems.map((p) => p.message.split(";")[0])).toEqual([
      "this file was added to a committed release",
      "this file was changed in a committed release",
      "this file was removed from a committed release",
    ]);
  });

  it("refuses a committed release removed whole", () => {
    const working = new Map([["data/services/north/README.md", id("notes\n")]]);
    expect(changedReleaseProblems(working, committed).map((p) => [p.id, p.file])).toEqual([["release-removed", "data/services/north/2024-03/"]]);
  });
});

describe("the services index", () => {
  it("gives each service's latest release and every release, oldest first, with its period and hidden counts", () => {
    const releases = ["brackenford", "fellgate"].flatMap((slug) => exampleReleases(slug).map((r) => checkedRelease(slug, r)));
    const files = publishedFiles(releases, "example", [], realVocabulary());
    const index = JSON.parse(files.get("index.json")!) as ServicesIndex;
    const brackenford = index.services.find((s) => s.slug === "brackenford")!;
    expect(brackenford.release).toBe("2025-03");
    expect(brackenford.period).toEqual({ from: "2019-04", to: "2025-03" });
    expect(brackenford.releases.map((r) => [r.id, r.period.to])).toEqual([
      ["2023-03", "2023-03"],
      ["2024-03", "2024-03"],
      ["2025-03", "2025-03"],
    ]);
    for (const r of brackenford.releases) {
      const figures = JSON.parse(files.get(`brackenford/${r.id}/figures.json`)!) as { measure: string; symbol?: string | null }[];
      expect(r.hidden).toBe(figures.filter((f) => f.measure === "count" && f.symbol === "c").length);
      expect(r.counts).toBe(figures.filter((f) => f.measure === "count").length);
    }
    expect(brackenford.hidden).toBe(brackenford.releases.at(-1)!.hidden);
    expect(index.services.find((s) => s.slug === "fellgate")!.releases.map((r) => r.id)).toEqual(["2025-03"]);
    // Three releases of six files, and the service's trends as JSON and CSV.
    expect([...files.keys()].filter((p) => p.startsWith("brackenford/")).length).toBe(20);
    expect(files.has("brackenford/trends.csv")).toBe(true);
  });
});
