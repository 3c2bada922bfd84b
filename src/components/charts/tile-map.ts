// A tile-grid map: one equal square per area at a grid position, filled by
// category, each tile labelled with its abbreviation and a category code so
// colour is never the only key, and a key drawn under the map. Positions are
// in pixels (identity scales) so tiles stay square at both widths.
import * as Plot from "@observablehq/plot";
import { palette, WIDTHS, type Layout } from "../../lib/plot/palette.ts";
import type { Tile, TileCategory } from "../../lib/figures/rows.ts";

export interface TileMapOptions {
  layout: Layout;
  categories: TileCategory[];
  /** Key label for the outlined group. */
  outlineLabel: string;
}

const INK = "#0b0c0c";
const GAP = 2;
const KEY_ROW = 28;
const SWATCH = 22;

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The outline of the outlined tiles: every tile edge not shared with another outlined tile. */
export function outlineSegments(tiles: Pick<Tile, "col" | "row" | "outlined">[]): { c1: number; r1: number; c2: number; r2: number }[] {
  const inside = new Set(tiles.filter((t) => t.outlined).map((t) => `${t.col},${t.row}`));
  const has = (c: number, r: number) => inside.has(`${c},${r}`);
  return tiles
    .filter((t) => t.outlined)
    .flatMap(({ col: c, row: r }) => [
      ...(has(c, r - 1) ? [] : [{ c1: c, r1: r, c2: c + 1, r2: r }]),
      ...(has(c, r + 1) ? [] : [{ c1: c, r1: r + 1, c2: c + 1, r2: r + 1 }]),
      ...(has(c - 1, r) ? [] : [{ c1: c, r1: r, c2: c, r2: r + 1 }]),
      ...(has(c + 1, r) ? [] : [{ c1: c + 1, r1: r, c2: c + 1, r2: r + 1 }]),
    ]);
}

/** The grid the tiles span, from (0, 0) to the furthest tile. */
export function tileGrid(tiles: Pick<Tile, "col" | "row">[]): { cols: number; rows: number } {
  return { cols: Math.max(...tiles.map((t) => t.col)) + 1, rows: Math.max(...tiles.map((t) => t.row)) + 1 };
}

export function tileMapChart(tiles: Tile[], { layout, categories, outlineLabel }: TileMapOptions): Plot.PlotOptions {
  const narrow = layout === "narrow";
  const width = WIDTHS[layout];
  const { cols, rows } = tileGrid(tiles);
  const unit = Math.min(84, Math.floor((width - 4) / cols));
  const left = 2;
  const top = 2;
  const style = new Map(categories.map((c) => [c.key, c]));
  const cat = (t: Tile) =>
    style.get(t.category) ??
    (() => {
      throw new Error(`tileMapChart: unknown category ${t.category}`);
    })();
  const cx = (t: Tile) => left + (t.col + 0.5) * unit;
  const cy = (t: Tile) => top + (t.row + 0.5) * unit;
  const shift = narrow ? 8 : 11;

  const keyTop = top + rows * unit + 16;
  const keyRows = [...categories.map((c) => ({ ...c, text: `${c.label} (${c.count})` })), null];
  const keyY = (i: number) => keyTop + i * KEY_ROW;
  const outline: Segment[] = outlineSegments(tiles).map((s) => ({
    x1: left + s.c1 * unit,
    y1: top + s.r1 * unit,
    x2: left + s.c2 * unit,
    y2: top + s.r2 * unit,
  }));
  const swatches = categories.map((c, i) => ({ ...c, y: keyY(i) }));
  type Swatch = (typeof swatches)[number];

  return {
    width,
    height: keyY(keyRows.length) + 4,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.rect(tiles, {
        x1: (t: Tile) => left + t.col * unit + GAP,
        x2: (t: Tile) => left + (t.col + 1) * unit - GAP,
        y1: (t: Tile) => top + t.row * unit + GAP,
        y2: (t: Tile) => top + (t.row + 1) * unit - GAP,
        fill: (t: Tile) => cat(t).fill,
        stroke: palette.darkGrey,
        strokeWidth: 1,
        href: "href",
      }),
      Plot.link(outline, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: INK, strokeWidth: 3, strokeLinecap: "square" }),
      // Text lets clicks through to the tile's link, so each tile is one link.
      Plot.text(tiles, { x: cx, y: (t: Tile) => cy(t) - shift, text: "abbr", fill: (t: Tile) => cat(t).ink, fontWeight: 700, pointerEvents: "none" }),
      Plot.text(tiles, {
        x: cx,
        y: (t: Tile) => cy(t) + shift,
        text: (t: Tile) => (narrow ? cat(t).code : cat(t).short),
        fill: (t: Tile) => cat(t).ink,
        pointerEvents: "none",
      }),
      // Key: a swatch with the category's code, then its name and count.
      Plot.rect(swatches, { x1: left, x2: left + SWATCH, y1: (c: Swatch) => c.y, y2: (c: Swatch) => c.y + SWATCH, fill: "fill", stroke: palette.darkGrey }),
      Plot.text(swatches, { x: left + SWATCH / 2, y: (c: Swatch) => c.y + SWATCH / 2, text: "code", fill: "ink", fontWeight: 700 }),
      Plot.text(swatches, {
        x: left + SWATCH + 8,
        y: (c: Swatch) => c.y + SWATCH / 2,
        text: (c: Swatch) => `${c.label} (${c.count})`,
        textAnchor: "start",
        fill: INK,
      }),
      Plot.rect([0], {
        x1: left + 1,
        x2: left + SWATCH - 1,
        y1: keyY(categories.length) + 1,
        y2: keyY(categories.length) + SWATCH - 1,
        fill: "none",
        stroke: INK,
        strokeWidth: 3,
      }),
      Plot.text([outlineLabel], { x: left + SWATCH + 8, y: keyY(categories.length) + SWATCH / 2, text: (d: string) => d, textAnchor: "start", fill: INK }),
    ],
  };
}

/** renderSvg makes every chart one image (role="img"), which would hide the
 * tile links from screen readers and nest links inside an image. A linked map
 * is a group of named links instead: "Bolton: no service listed". */
export function linkedTiles(svg: string, tiles: Tile[], categories: Pick<TileCategory, "key" | "label">[]): string {
  const label = new Map(tiles.map((t) => [t.href, `${t.name}: ${categories.find((c) => c.key === t.category)?.label ?? t.category}`]));
  const out = svg.replace(/^<svg([^>]*) role="img"/, '<svg$1 role="group"').replace(/<a href="([^"]+)"/g, (_m, href: string) => {
    const name = label.get(href);
    if (!name) throw new Error(`linkedTiles: no tile links to ${href}`);
    return `<a href="${href}" aria-label="${name.replace(/"/g, "&quot;")}"`;
  });
  if (!out.includes('role="group"')) throw new Error("linkedTiles: expected an svg with role=img");
  return out;
}
