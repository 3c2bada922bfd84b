// The services view from the real data. Expected values were counted by hand
// from the North West list (north-west-recurrent-care-services.txt) and the
// ONS list of North West upper-tier councils in 2020, not read back from output.
import { describe, expect, it } from "vitest";
import { evaluationCounts, evaluationIndex, nameAndStatus, serviceFacts } from "../../../src/lib/pages/services.ts";
import { byAuthority, categoryCounts, categoryOf, mapTable, tiles } from "../../../src/lib/figures/services-map.ts";
import { authorityAnchor, NORTH_WEST } from "../../../src/lib/figures/north-west.ts";
import { tileGrid } from "../../../src/components/charts/tile-map.ts";
import { contractDates, pauseContext } from "../../../src/lib/pages/pause.ts";
import { realOutputs } from "../../fixtures/real-outputs.ts";
import { readFileSync } from "node:fs";
import { readRows } from "../../../src/lib/data-step/read/cells.ts";
import { SERVICE_COLUMNS } from "../../../src/lib/data-step/read/input-columns.ts";

const out = realOutputs();
const services = out.services;
const get = (name: string) => services.find((s) => s.localAuthority === name) ?? expect.fail(`no entry for ${name}`);

const NW_2020 = [
  "Blackburn with Darwen",
  "Blackpool",
  "Bolton",
  "Bury",
  "Cheshire East",
  "Cheshire West and Chester",
  "Cumbria",
  "Halton",
  "Knowsley",
  "Lancashire",
  "Liverpool",
  "Manchester",
  "Oldham",
  "Rochdale",
  "Salford",
  "Sefton",
  "St. Helens",
  "Stockport",
  "Tameside",
  "Trafford",
  "Warrington",
  "Wigan",
  "Wirral",
];
const GREATER_MANCHESTER = ["Bolton", "Bury", "Manchester", "Oldham", "Rochdale", "Salford", "Stockport", "Tameside", "Trafford", "Wigan"];

describe("the North West tile grid", () => {
  it("has every North West council of 2020 exactly once", () => {
    expect(NORTH_WEST.map((a) => a.name).sort()).toEqual([...NW_2020].sort());
    expect(
      tiles(services)
        .map((t) => t.name)
        .sort(),
    ).toEqual([...NW_2020].sort());
  });
  it("gives each council its own square and its own label", () => {
    expect(new Set(NORTH_WEST.map((a) => `${a.col},${a.row}`)).size).toBe(NW_2020.length);
    expect(new Set(NORTH_WEST.map((a) => a.abbr)).size).toBe(NW_2020.length);
    expect(new Set(NORTH_WEST.map((a) => authorityAnchor(a.name))).size).toBe(NW_2020.length);
    expect(authorityAnchor("St. Helens")).toBe("la-st-helens");
  });
  it("outlines the ten Greater Manchester councils as one connected block", () => {
    const gm = NORTH_WEST.filter((a) => a.greaterManchester);
    expect(gm.map((a) => a.name).sort()).toEqual(GREATER_MANCHESTER);
    const key = (c: number, r: number) => `${c},${r}`;
    const cells = new Set(gm.map((a) => key(a.col, a.row)));
    const seen = new Set([key(gm[0]!.col, gm[0]!.row)]);
    const queue = [gm[0]!];
    while (queue.length) {
      const a = queue.pop()!;
      for (const b of gm)
        if (!seen.has(key(b.col, b.row)) && Math.abs(a.col - b.col) + Math.abs(a.row - b.row) === 1) {
          seen.add(key(b.col, b.row));
          queue.push(b);
        }
    }
    expect(seen).toEqual(cells);
  });
  it("keeps the grid to seven columns so narrow tiles stay legible", () => {
    expect(tileGrid(NORTH_WEST).cols).toBeLessThanOrEqual(7);
  });
});

describe("the services directory", () => {
  it("puts every listed council on the grid", () => {
    expect(byAuthority(services).filter((a) => a.service)).toHaveLength(11);
  });
  it("splits contacts into single addresses", () => {
    expect(get("Salford").contacts).toEqual(["Elaine.Duke@salford.gov.uk", "Joe.Garraway@salford.gov.uk"]);
    expect(get("Tameside").contacts).toEqual(["rachel.berrisford@tameside.gov.uk", "stars@tameside.gov.uk"]);
    for (const s of services) for (const c of s.contacts) expect(c).toMatch(/^[^\s@]+@[^\s@]+$/);
    expect(serviceFacts(get("Salford")).find((f) => f.label === "Contacts")?.emails).toHaveLength(2);
  });
  it("flags the cut-off referral criteria, shows them in our words and keeps the published cell in the data", () => {
    const cut = services.flatMap((s) =>
      serviceFacts(s)
        .filter((f) => f.cutOff)
        .map((f) => `${s.localAuthority}: ${f.label}`),
    );
    expect(cut.sort()).toEqual(["Rochdale: Referral criteria (in our words)", "Salford: Referral criteria (in our words)"]);
    expect(serviceFacts(get("Rochdale")).find((f) => f.cutOff)?.value).toMatch(/cut off after this\)$/);
    // Neither the page nor the published record repeats the list's own criteria sentence.
    const published = readRows(readFileSync(new URL("../../../data/services.csv", import.meta.url), "utf8"), "data/services.csv", SERVICE_COLUMNS);
    const rochdale = published.find((r) => r.raw["local_authority"] === "Rochdale")?.raw["referral_criteria"] ?? "";
    expect(rochdale).toMatch(/Are currently pregnant u$/);
    for (const r of published) {
      const s = get(r.raw["local_authority"] ?? "");
      const own = r.raw["referral_criteria"];
      if (!own) continue;
      expect(Object.values(s)).not.toContain(own);
      for (const f of serviceFacts(s)) expect(f.value).not.toBe(own);
    }
  });
  it("keeps empty cells empty", () => {
    expect(serviceFacts(get("Cumbria")).find((f) => f.label === "Name of service")?.value).toBeNull();
  });
  it("counts councils by type and listed services by evaluation", () => {
    expect(Object.fromEntries(categoryCounts(services).map((c) => [c.key, c.count]))).toEqual({ pause: 3, local: 6, development: 2, none: 12 });
    expect(evaluationCounts(services)).toEqual({ yes: 6, no: 3, "not-stated": 2 });
    expect(
      evaluationIndex(services)
        .find((e) => e.key === "no")
        ?.entries.map((e) => e.name),
    ).toEqual(["Blackburn with Darwen", "Rochdale", "Tameside"]);
  });
  it("tabulates all 23 councils, A to Z", () => {
    const t = mapTable(services);
    expect(t.rows).toHaveLength(23);
    expect(t.rows[0]![0]).toBe("Blackburn with Darwen (BwD)");
    expect(t.rows.find((r) => r[0] === "Knowsley (Kno)")?.slice(1)).toEqual(["No service listed", "No entry"]);
    expect(t.rows.find((r) => r[0] === "Salford (Sal), Greater Manchester")?.slice(1)).toEqual(["Locally developed service", "Yes"]);
    expect(t.rows.filter((r) => r[0]!.endsWith("Greater Manchester"))).toHaveLength(10);
  });
  it("stops on a service type it does not know, or a council off the grid", () => {
    const odd = { ...get("Salford"), serviceType: "Something else" };
    expect(() => categoryOf(odd)).toThrow(/unknown service type/);
    expect(() => byAuthority([{ ...get("Salford"), localAuthority: "Middlesbrough" }])).toThrow(/not on the North West grid/);
  });
});

describe("Pause context", () => {
  const pause = pauseContext(out.figures.filter((f) => f.dataset === "pause"));
  it("gives Middlesbrough's contract as the assessment prints it", () => {
    expect(pause.contractValue).toBe("£206,568");
    expect(pause.contractDates).toBe("1 March 2020 to 28 February 2023");
  });
  it("gives the national figures it cites", () => {
    expect([pause.womenReturning, pause.teenagersReturning, pause.removalsRange, pause.yearlyReduction]).toEqual(["1 in 4", "1 in 3", "3 to 4", "14"]);
  });
  it("stops when the dates are missing", () => {
    expect(() => contractDates("no dates here")).toThrow();
  });
});

describe("a name cell that is a status", () => {
  it("reads the list's italic '(in development)' as a status, not a name", () => {
    expect(nameAndStatus(get("Blackpool"))).toEqual({ name: null, status: "in development" });
    expect(nameAndStatus(get("Salford"))).toEqual({ name: "Strengthening Families", status: null });
    expect(serviceFacts(get("Lancashire")).find((f) => f.label === "Name of service")?.value).toBeNull();
  });
  it("leaves no markup in any published cell or note", () => {
    for (const s of services) expect(JSON.stringify(s)).not.toMatch(/<\/?i>/);
  });
});
