// Every chart frame on every page, as a reader meets it with JavaScript off:
// a title, a summary, the numbers as a table with n, the source, both
// downloads, a permalink to itself, and ledger flags that lead to the notes.
// A folded frame (the summary's) holds the same, its summary and table in a <details>.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser, watchedPage } from "./browser.ts";
import { chartPages, minCharts } from "./expected.ts";

// Built pages with charts, and every page expected.ts says must have them.
const pages = chartPages();
const browser = useBrowser();

interface Frame {
  id: string;
  title: string;
  summary: string;
  tableRows: number;
  /** Table cells with a percentage but no "x of y" and no base in the row. */
  bareShares: string[];
  caption: string;
  source: string;
  downloads: string[];
  permalink: boolean;
  flags: string[];
}

function frames(): Frame[] {
  return Array.from(document.querySelectorAll<HTMLElement>("figure.chart-figure")).map((fig) => ({
    id: fig.id,
    // The title is what labels the frame: its own heading, or (on the summary) the card's heading and key number above it.
    title: (fig.getAttribute("aria-labelledby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, " ").trim() ?? "")
      .join(" ")
      .trim(),
    summary: fig.querySelector(".chart-summary")?.textContent?.trim() ?? "",
    tableRows: fig.querySelectorAll("table tbody tr").length,
    bareShares: Array.from(fig.querySelectorAll("table tbody tr")).flatMap((tr) => {
      const cells = Array.from(tr.querySelectorAll("td")).map((td) => td.textContent?.trim() ?? "");
      const heads = Array.from(fig.querySelectorAll("table thead th")).map((th) => th.textContent?.toLowerCase() ?? "");
      const rowHasBase = heads.some((h) => /\bbase\b|\bn\b|out of|parents|children/.test(h)) && cells.some((c) => /^\d[\d,]*$/.test(c));
      return cells
        .filter((c) => /^\d[\d.]*%/.test(c) && !/\bof\s+\d|n\s*=\s*\d|not (stated|given|printed)/i.test(c) && !rowHasBase)
        .map((c) => `${tr.querySelector("th")?.textContent?.trim()}: ${c}`);
    }),
    caption: fig.querySelector("table caption")?.textContent?.trim() ?? "",
    // The caption names the source; a folded frame keeps its downloads and permalink with its table.
    source: (fig.querySelector("figcaption.chart-source") ?? fig.querySelector(".chart-source"))?.textContent?.trim() ?? "",
    downloads: Array.from(fig.querySelectorAll<HTMLAnchorElement>(".chart-source a[download]")).map((a) => a.getAttribute("href") ?? ""),
    permalink: !!fig.querySelector(`.chart-source a[href="#${fig.id}"]`),
    flags: Array.from(fig.querySelectorAll<HTMLAnchorElement>(".ledger-flags a")).map((a) => a.getAttribute("href") ?? ""),
  }));
}

describe.each(pages)("$name", (target) => {
  let found: Frame[];
  let status = 0;
  beforeAll(async () => {
    const w = await watchedPage(browser(), { javaScript: false, width: 1100 });
    status = (await w.page.goto(`${inject("baseUrl")}${target.path}`))?.status() ?? 0;
    found = await w.page.evaluate(frames);
    await w.context.close();
  });

  it(`is built and shows at least the ${minCharts(target.path)} chart(s) its source draws`, () => {
    expect(status, "status: a page expected.ts lists must be built").toBe(200);
    expect(found.length, "chart frames in the browser").toBeGreaterThanOrEqual(minCharts(target.path));
    expect(found.length, "at least one chart frame").toBeGreaterThan(0);
  });

  it("frames every chart with a title, summary, table, source, downloads and permalink", () => {
    // The count in the built HTML: the browser must see every frame the file holds.
    expect(found.length).toBe(target.charts);
    for (const f of found) {
      expect(f.id, "chart id").not.toBe("");
      expect(f.title.length, `${f.id} title`).toBeGreaterThan(10);
      expect(f.title, `${f.id} title states a finding, not a label`).not.toMatch(/^(chart|figure|table)\s*\d/i);
      expect(f.summary.length, `${f.id} summary`).toBeGreaterThan(20);
      expect(f.tableRows, `${f.id} table rows`).toBeGreaterThan(0);
      expect(f.caption, `${f.id} table caption`).not.toBe("");
      expect(f.source, `${f.id} source`).toMatch(/^Source: /);
      expect(f.downloads.map((d) => d.replace(/^\/data\/(services\/([\w-]+\/)?(\d{4}-\d{2}\/)?)?[\w-]+\./, "")).sort(), `${f.id} downloads`).toEqual([
        "csv",
        "json",
      ]);
      expect(f.permalink, `${f.id} permalink`).toBe(true);
      // Straight to the entry's own page, not through an anchor on the notes' index.
      for (const flag of f.flags) expect(flag, `${f.id} ledger flag`).toMatch(/^\/notes\/[\w-]+\/$/);
    }
  });

  it("gives n beside every percentage in its tables", () => {
    const bare = found.flatMap((f) => f.bareShares.map((b) => `${f.id}: ${b}`));
    expect(bare).toEqual([]);
  });
});
