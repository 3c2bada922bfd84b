// Every page with JavaScript off: the content and every chart are there (charts
// are SVG drawn at build time), and each chart's SVG is an image with a name
// (or, when it holds links, a named group).
import { beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser, listing, watchedPage } from "./browser.ts";
import { minCharts } from "./expected.ts";
import { drawDeferred } from "./probes.ts";
import { sitePages } from "./site.ts";

const pages = sitePages();
const browser = useBrowser();

interface Chart {
  id: string;
  /** Accessible names of the SVGs shown at this width. */
  shown: { role: string | null; name: string; links: number }[];
}

/** In the page: the charts, and for each the SVGs CSS shows with their role and accessible name. */
function charts(): { main: boolean; charts: Chart[] } {
  const nameOf = (svg: Element): string => {
    const ids = svg.getAttribute("aria-labelledby");
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
        .join(" ")
        .trim();
    const label = svg.getAttribute("aria-label");
    if (label) return label.trim();
    return svg.querySelector(":scope > title")?.textContent?.trim() ?? "";
  };
  const main = document.querySelector("main");
  return {
    main: !!main && (main.textContent ?? "").trim().length > 0 && main.getBoundingClientRect().height > 0,
    charts: Array.from(document.querySelectorAll("figure.chart-figure")).map((fig) => ({
      id: fig.id,
      shown: Array.from(fig.querySelectorAll("svg"))
        .filter((svg) => !svg.closest("button, a") && svg.getBoundingClientRect().width > 0 && svg.getBoundingClientRect().height > 0)
        .filter((svg) => !svg.parentElement?.closest("svg")) // outer SVGs only
        .map((svg) => ({ role: svg.getAttribute("role"), name: nameOf(svg), links: svg.querySelectorAll("a[href]").length })),
    })),
  };
}

describe.each(pages)("$name without JavaScript", (target) => {
  const seen: Record<number, ReturnType<typeof charts>> = {};
  let status = 0;
  beforeAll(async () => {
    const w = await watchedPage(browser(), { javaScript: false, width: 1100 });
    try {
      const response = await w.page.goto(inject("baseUrl") + target.path);
      status = response?.status() ?? 0;
      // Blocks below the first screen are drawn first, as a reader scrolling sees them:
      // a skipped block's SVGs may not have their sizes yet, least of all after a resize.
      await w.page.evaluate(drawDeferred);
      seen[1100] = await w.page.evaluate(charts);
      await w.page.setViewportSize({ width: 320, height: 800 });
      seen[320] = await w.page.evaluate(charts);
    } finally {
      await w.context.close();
    }
  });

  it("shows its content", () => {
    expect(status).toBe(target.status);
    expect(seen[1100]!.main, "<main> is missing, empty or not displayed").toBe(true);
  });

  it.each([320, 1100])(`shows all ${target.charts} chart(s) at %ipx, each one SVG image with a name`, (width) => {
    const found = seen[width]!.charts;
    expect(found.length, "charts in the page without JavaScript").toBe(target.charts);
    // Independent of the build: the fewest charts this page's source draws.
    expect(found.length, "charts the page must show (tests/e2e/expected.ts)").toBeGreaterThanOrEqual(minCharts(target.path));
    const problems = found.flatMap((c) => {
      if (c.shown.length !== 1) return [`${c.id}: ${c.shown.length} SVGs shown (want exactly one)`];
      const svg = c.shown[0]!;
      return [
        // An image's children are hidden from assistive technology, so a chart with links
        // in it (a clickable map) must be a named group instead, its links named one by one.
        ...(svg.links === 0
          ? svg.role === "img"
            ? []
            : [`${c.id}: SVG role is ${svg.role ?? "missing"}, want img`]
          : ["group", "figure", "graphics-document"].includes(svg.role ?? "")
            ? []
            : [`${c.id}: SVG with ${svg.links} links has role ${svg.role ?? "missing"}, want group`]),
        ...(svg.name ? [] : [`${c.id}: SVG has no accessible name`]),
      ];
    });
    expect(problems, `chart problems:${listing(problems)}`).toEqual([]);
  });
});
