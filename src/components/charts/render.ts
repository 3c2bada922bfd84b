// A figure model's chart as SVG at both layout widths, for the Figure frame.
import type { FigureModel } from "../../lib/figures/model.ts";
import { renderBoth } from "../../lib/plot/both.ts";
import { chartSpec } from "./spec.ts";
import { linkedTiles } from "./tile-map.ts";

export function renderChart(m: FigureModel): { narrow: string; wide: string } {
  const chart = m.chart;
  const svg = renderBoth((layout) => chartSpec(chart, layout), { id: `${m.id}-chart`, title: m.title, description: m.alt });
  // A tile map's tiles are links: the map is a group of named links, not one image.
  if (chart.kind !== "tile-map") return svg;
  return { narrow: linkedTiles(svg.narrow, chart.tiles, chart.categories), wide: linkedTiles(svg.wide, chart.tiles, chart.categories) };
}
