// Renders a chart spec at both layout widths; Figure.astro lets CSS pick one.
import type * as Plot from "@observablehq/plot";
import type { Layout } from "./palette.ts";
import { renderSvg } from "./render.ts";

export function renderBoth(
  spec: (layout: Layout) => Plot.PlotOptions,
  a11y: { id: string; title: string; description: string },
): { narrow: string; wide: string } {
  return {
    narrow: renderSvg(spec("narrow"), { ...a11y, id: `${a11y.id}-narrow` }),
    wide: renderSvg(spec("wide"), { ...a11y, id: `${a11y.id}-wide` }),
  };
}
