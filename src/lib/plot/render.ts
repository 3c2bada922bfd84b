// The one place a Plot spec becomes SVG text, at build time, with linkedom.
// It also repairs what Plot's output gets wrong for accessibility and for a
// strict Content Security Policy, so no chart has to remember to.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export interface RenderOptions {
  /** Element id prefix: makes the title/desc ids unique on the page. */
  id: string;
  /** Accessible name: the finding in words. */
  title: string;
  /** Accessible description: what the chart shows. */
  description: string;
}

/** Chart text size in CSS px at the chart's own width; see Figure.astro for why. */
export const FONT_SIZE = 14;

export function renderSvg(spec: Plot.PlotOptions, { id, title, description }: RenderOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const node = Plot.plot({ ...spec, document }) as unknown as Element;
  const svg = node.tagName.toLowerCase() === "svg" ? node : node.querySelector("svg");
  if (!svg) throw new Error(`renderSvg(${id}): Plot returned no <svg>`);

  // Plot's <style> element would need 'unsafe-inline'; its rules live in global.css.
  svg.querySelectorAll("style").forEach((s) => s.remove());
  // aria-label on a plain <g> is a prohibited attribute; the chart is one image.
  svg.querySelectorAll("[aria-label]").forEach((el) => el.removeAttribute("aria-label"));
  svg.querySelectorAll("[aria-description]").forEach((el) => el.removeAttribute("aria-description"));
  svg.removeAttribute("aria-label");
  svg.setAttribute("font-size", String(FONT_SIZE));
  svg.setAttribute("role", "img");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("aria-labelledby", `${id}-title ${id}-desc`);

  const t = document.createElement("title");
  t.setAttribute("id", `${id}-title`);
  t.textContent = title;
  const d = document.createElement("desc");
  d.setAttribute("id", `${id}-desc`);
  d.textContent = description;
  svg.insertBefore(d, svg.firstChild);
  svg.insertBefore(t, svg.firstChild);
  return svg.outerHTML;
}
