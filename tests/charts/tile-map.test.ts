import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { linkedTiles, outlineSegments, tileMapChart } from "../../src/components/charts/tile-map.ts";
import type { Tile, TileCategory } from "../../src/lib/figures/rows.ts";
import { renderSvg } from "../../src/lib/plot/render.ts";
import { categoryCounts, tiles as serviceTiles } from "../../src/lib/figures/services-map.ts";
import { normalizeSvg } from "./snapshot.ts";
import { realOutputs } from "../fixtures/real-outputs.ts";

// A small fixed fixture (not read from data/): three tiles, two outlined.
const tiles: Tile[] = [
  { abbr: "Aaa", name: "Alpha", col: 0, row: 0, category: "yes", outlined: false, href: "#la-alpha" },
  { abbr: "Bbb", name: "Beta", col: 1, row: 0, category: "yes", outlined: true, href: "#la-beta" },
  { abbr: "Ccc", name: "Gamma", col: 1, row: 1, category: "no", outlined: true, href: "#la-gamma" },
];
const categories: TileCategory[] = [
  { key: "yes", label: "Has a service", code: "S", short: "Service", count: 2, fill: "#12436D", ink: "#ffffff" },
  { key: "no", label: "No service listed", code: "–", short: "None", count: 1, fill: "#ffffff", ink: "#0b0c0c" },
];
const a11y = { id: "m", title: "Two of three areas have a service", description: "Tile map." };
/** The tiles' rectangles, read from the SVG's DOM: each tile is the one <rect> inside its link. */
function tileRects(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return Array.from(document.querySelectorAll("svg a[href] > rect")).map((r) => ({
    href: r.parentElement!.getAttribute("href")!,
    x: Number(r.getAttribute("x")),
    width: Number(r.getAttribute("width")),
    height: Number(r.getAttribute("height")),
  }));
}
const render = (layout: "narrow" | "wide") => renderSvg(tileMapChart(tiles, { layout, categories, outlineLabel: "Group (outlined)" }), a11y);

describe("tileMapChart", () => {
  for (const layout of ["narrow", "wide"] as const) {
    it(`renders the ${layout} layout`, async () => {
      await expect(normalizeSvg(render(layout))).toMatchFileSnapshot(`__snapshots__/tile-map-${layout}.svg`);
    });
  }

  it("labels every tile with its abbreviation and its category in text", () => {
    const narrow = render("narrow");
    for (const t of ["Aaa", "Bbb", "Ccc", ">S<", ">–<", "Has a service (2)", "No service listed (1)", "Group (outlined)"]) expect(narrow).toContain(t);
    expect(render("wide")).toContain(">Service<");
  });

  it("links each tile to its entry, once", () => {
    const svg = render("wide");
    for (const t of tiles) expect(svg.split(`href="${t.href}"`)).toHaveLength(2);
  });

  it("keeps tiles square and the narrow chart 320 wide", () => {
    const spec = tileMapChart(tiles, { layout: "narrow", categories, outlineLabel: "x" });
    expect(spec.width).toBe(320);
    for (const layout of ["narrow", "wide"] as const) {
      const squares = tileRects(render(layout));
      expect(squares, `${layout}: one square per tile`).toHaveLength(tiles.length);
      for (const r of squares) expect(r.width, `${layout} ${r.href}`).toBe(r.height);
    }
  });

  it("rejects a tile with an unknown category", () => {
    expect(() => renderSvg(tileMapChart([{ ...tiles[0]!, category: "maybe" }], { layout: "wide", categories, outlineLabel: "x" }), a11y)).toThrow(
      /unknown category/,
    );
  });
});

describe("outlineSegments", () => {
  it("draws only the outside edges of the outlined block", () => {
    // Two stacked tiles: 6 outside edges, the shared edge left out.
    const segs = outlineSegments(tiles);
    expect(segs).toHaveLength(6);
    expect(segs).not.toContainEqual({ c1: 1, r1: 1, c2: 2, r2: 1 });
  });
});

describe("linkedTiles", () => {
  const svg = linkedTiles(render("wide"), tiles, categories);
  it("makes the map a group of links, one per tile, each named in words", () => {
    expect(svg).toMatch(/^<svg[^>]*role="group"/);
    expect(svg).not.toContain('role="img"');
    expect(svg.match(/<a /g)).toHaveLength(tiles.length);
    expect(svg).toContain('<a href="#la-gamma" aria-label="Gamma: No service listed"');
  });
  it("stops on a link no tile accounts for", () => {
    expect(() => linkedTiles(render("wide"), tiles.slice(1), categories)).toThrow(/no tile links to #la-alpha/);
  });
});

describe("the real North West map", () => {
  // The 23 upper-tier North West councils of 2020 (ONS list; tests/unit/pages/services.test.ts names them).
  const NW_COUNCILS = 23;
  const services = realOutputs().services;
  const list = serviceTiles(services);
  const svgOf = (layout: "narrow" | "wide") =>
    renderSvg(tileMapChart(list, { layout, categories: categoryCounts(services), outlineLabel: "Greater Manchester (outlined)" }), a11y);

  for (const layout of ["narrow", "wide"] as const) {
    it(`draws one square tile per council, all the same size, inside the ${layout} chart`, () => {
      const squares = tileRects(svgOf(layout));
      expect(squares).toHaveLength(NW_COUNCILS);
      expect(new Set(squares.map((r) => r.href)).size).toBe(NW_COUNCILS);
      const size = squares[0]!.width;
      expect(size).toBeGreaterThan(0);
      for (const r of squares) expect([r.width, r.height], r.href).toEqual([size, size]);
      if (layout === "narrow") for (const r of squares) expect(r.x + r.width, r.href).toBeLessThanOrEqual(320);
    });
  }
});
