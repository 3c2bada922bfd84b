// The one switch from a figure model's chart to its Plot spec, at one layout.
import type * as Plot from "@observablehq/plot";
import type { ChartModel } from "../../lib/figures/model.ts";
import type { Layout } from "../../lib/plot/palette.ts";
import { barsChart } from "./bars.ts";
import { intervalBarsChart } from "./interval-bars.ts";
import { flowChart } from "./flow.ts";
import { funnelChart } from "./funnel.ts";
import { summaryChart } from "./summary.ts";
import { tileMapChart } from "./tile-map.ts";

export function chartSpec(chart: ChartModel, layout: Layout): Plot.PlotOptions {
  switch (chart.kind) {
    case "bars":
      return barsChart(chart.rows, { layout, ...(chart.colors ? { colors: chart.colors } : {}), ...(chart.max !== undefined ? { max: chart.max } : {}) });
    case "interval-bars":
      return intervalBarsChart(chart.rows, { layout });
    case "flow":
      return flowChart(chart.flows, {
        layout,
        fromHeading: chart.fromHeading,
        toHeading: chart.toHeading,
        ...(chart.fromOrder ? { fromOrder: chart.fromOrder } : {}),
        ...(chart.toOrder ? { toOrder: chart.toOrder } : {}),
      });
    case "funnel":
      return funnelChart(chart, { layout, ...(chart.xLabel ? { xLabel: chart.xLabel } : {}) });
    case "summary":
      return summaryChart(chart.rows, { layout, ...(chart.max !== undefined ? { max: chart.max } : {}) });
    case "tile-map":
      return tileMapChart(chart.tiles, { layout, categories: chart.categories, outlineLabel: chart.outlineLabel });
  }
}
