// Monitoring in both builds. The production build (npm run build) lists no
// synthetic service and says so; the example build (npm run build:example,
// tested with E2E_DIST=dist-example) says on every page that its services are
// made up, and gives each service a page with its figures and downloads.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { EXAMPLE_SERVICES } from "../../src/lib/tracker/examples.ts";
import { sitePages } from "./site.ts";

const base = inject("baseUrl");
const dist = inject("distDir");
const index = JSON.parse(readFileSync(join(dist, "data/services/index.json"), "utf8")) as { mode: string; services: { slug: string; synthetic: boolean }[] };
const example = index.mode === "example";

async function text(path: string): Promise<{ status: number; doc: Document; words: string }> {
  const res = await fetch(base + path);
  const doc = parseHTML(await res.text()).document;
  return { status: res.status, doc, words: (doc.querySelector("main")?.textContent ?? "").replace(/\s+/g, " ") };
}

describe.runIf(!example)("monitoring in the production build", () => {
  it("holds no synthetic bundle, and the pages say no service publishes yet", async () => {
    expect(index.services.filter((s) => s.synthetic)).toEqual([]);
    expect(existsSync(join(dist, "monitoring/brackenford"))).toBe(false);
    const { words } = await text("/monitoring/");
    expect(words).toMatch(/No council has published figures from a tracker yet/);
    const pages = sitePages().filter((p) => p.status === 200);
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const { doc, words } = await text(p.path);
      expect(doc.querySelector(".synthetic-banner"), p.path).toBeNull();
      expect(words, p.path).not.toMatch(/fictional/i);
    }
  });

  it("draws no funnel plot of fewer than two services, and says why, on the index and on each comparison's page", async () => {
    const { doc, words } = await text("/monitoring/compare/");
    expect(doc.querySelectorAll("figure.chart-figure")).toHaveLength(0);
    expect(words).toMatch(/fewer than two services/i);
    const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>(".comparisons a")).map((a) => a.getAttribute("href")!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const page = await text(href);
      expect(page.status, href).toBe(200);
      expect(page.doc.querySelectorAll("figure.chart-figure"), href).toHaveLength(0);
      expect(page.words, href).toMatch(/funnel plot needs at least two services, so there is no plot/);
    }
  });
});

describe.runIf(example)("monitoring in the example build", () => {
  it("says on every page that the services are made up", async () => {
    const pages = sitePages().filter((p) => p.status === 200);
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const { doc } = await text(p.path);
      expect(doc.querySelector(".synthetic-banner")?.textContent ?? "", p.path).toMatch(/made up \(synthetic data\)/);
    }
  });

  it("gives each example service a page with its findings, [c] for suppressed figures, and downloads that exist", async () => {
    expect(index.services.map((s) => s.slug)).toEqual(EXAMPLE_SERVICES.map((e) => e.slug).sort());
    for (const { slug } of index.services) {
      const { status, doc, words } = await text(`/monitoring/${slug}/`);
      expect(status).toBe(200);
      expect(words).toMatch(/Synthetic data\./);
      // Charts whose every bar is hidden become a sentence, so a small service has fewer.
      expect(doc.querySelectorAll("figure.chart-figure").length, slug).toBeGreaterThanOrEqual(6);
      expect(words).toContain("[c]");
      for (const a of Array.from(doc.querySelectorAll("a[download]"))) {
        const res = await fetch(base + a.getAttribute("href"));
        expect(res.status, a.getAttribute("href")!).toBe(200);
      }
    }
  });

  it("draws a funnel plot for each comparison with two or more services, and says why for the others", async () => {
    const comparisons = JSON.parse(readFileSync(join(dist, "data/services/comparisons.json"), "utf8")) as { id: string; units: { slug: string | null }[] }[];
    const plottable = comparisons.filter((c) => c.units.filter((u) => u.slug !== null).length >= 2).map((c) => c.id);
    expect(plottable.length).toBeGreaterThan(0);
    const { doc, words } = await text("/monitoring/compare/");
    expect(words).toMatch(/99\.8%/);
    // The index links each comparison's own page; a funnel is drawn there only where two or more services have the figures.
    const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>(".comparisons a")).map((a) => a.getAttribute("href")!);
    expect(links).toEqual(comparisons.map((c) => `/monitoring/compare/${c.id}/`));
    const drawn: string[] = [];
    for (const c of comparisons) {
      const page = await text(`/monitoring/compare/${c.id}/`);
      drawn.push(...Array.from(page.doc.querySelectorAll("figure.chart-figure")).map((f) => f.id));
      if (!plottable.includes(c.id)) expect(page.words, c.id).toMatch(/funnel plot needs at least two services, so there is no plot/);
    }
    expect(drawn).toEqual(plottable);
    expect(plottable.length).toBeLessThan(comparisons.length);
  });
});
