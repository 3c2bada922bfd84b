// /publish/ in Chromium: each synthetic example export, chosen in the page, gives
// a ZIP whose files are the committed release's byte for byte, whenever the
// solver proves its pattern optimal within its time limit (tests/fixtures/
// same-release.ts says what is compared when a busy machine stops it first):
// the same import as `npm run tracker`, in a Web Worker with HiGHS as WebAssembly; a
// damaged export lists its problems by check id and offers no download; no
// request at all once the files are chosen; axe passes empty, with problems and
// with a bundle; it works at 320px and with the keyboard alone; the worker is
// not fetched on arrival; without JavaScript it says it needs it.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { unzip } from "../../src/lib/io/zip-deflate.ts";
import { releaseDifferences } from "../fixtures/same-release.ts";
import { listing, useBrowser, watchedPage, type Watched } from "./browser.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const browser = useBrowser();
const base = inject("baseUrl");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const examples = readdirSync(join(ROOT, "examples/exports"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) => readdirSync(join(ROOT, "examples/exports", e.name)).map((release) => ({ slug: e.name, release })));

const exportFiles = (slug: string, release: string) =>
  readdirSync(join(ROOT, "examples/exports", slug, release)).map((f) => join(ROOT, "examples/exports", slug, release, f));

/** /publish/ opened with the page's clock in `month` (the import's --today), and every request from then on noted. */
async function open(month: string, width = 1100): Promise<Watched & { requests: string[] }> {
  const w = await watchedPage(browser(), { javaScript: true, width });
  await w.page.clock.setFixedTime(new Date(`${month}-15T12:00:00Z`));
  const requests: string[] = [];
  w.context.on("request", (r) => requests.push(r.url()));
  await w.page.goto(`${base}/publish/`);
  return { ...w, requests };
}

/** `body` run on the page `opening` gives; the page's context is closed after it, passing or failing. */
async function closing<W extends Watched>(opening: Promise<W>, body: (w: W) => Promise<void>): Promise<void> {
  const w = await opening;
  try {
    await body(w);
  } finally {
    await w.context.close();
  }
}

/** The first use of the form starts the worker, which loads the solver; the form says when it is ready. */
async function warm(page: Page): Promise<void> {
  await page.focus("#publish-slug");
  await expect.poll(() => page.locator("[data-publish]").getAttribute("data-solver")).toBe("ready");
}

const status = (page: Page) => page.locator("[data-status]").textContent();

async function axe(page: Page) {
  const found = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).analyze();
  return found.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__cspViolations ?? []).map((v) => `${v.directive} blocked ${v.blocked}`));
}

describe("/publish/: the import in the browser", () => {
  it("loads neither the worker nor the solver on arrival", async () => {
    await closing(open("2025-03"), async (w) => {
      await w.page.waitForLoadState("networkidle");
      expect(w.requests.filter((u) => new URL(u).pathname.startsWith("/_astro/publish/"))).toEqual([]);
      expect(await axe(w.page), "axe, empty form").toEqual([]);
    });
  });

  it.each(examples)(
    "$slug $release: the downloaded ZIP holds the committed release byte for byte, with no request once the files are chosen",
    async ({ slug, release }) => {
      await closing(open(release), async (w) => {
        await warm(w.page);
        const before = w.requests.length;
        await w.page.setInputFiles("#publish-files", exportFiles(slug, release));
        await w.page.fill("#publish-slug", slug);
        await w.page.click("[data-run]");
        await expect.poll(() => status(w.page)).toMatch(/^Done/);
        expect(w.requests.slice(before), "requests after the files were chosen").toEqual([]);
        const [download] = await Promise.all([w.page.waitForEvent("download", { timeout: 120_000 }), w.page.click("[data-download]")]);
        expect(download.suggestedFilename()).toBe(`${slug}-${release}.zip`);
        const saved = join(mkdtempSync("/tmp/publish-e2e-"), "bundle.zip");
        await download.saveAs(saved);
        const entries = unzip(new Uint8Array(readFileSync(saved)));
        const proven = (await w.page.locator("[data-result]").getAttribute("data-proven")) === "true";
        expect(await releaseDifferences(new Map(entries.map((e) => [e.name, e.data])), slug, release, proven)).toEqual([]);
        expect(w.requests.slice(before), "requests after the files were chosen").toEqual([]);
        expect([...w.errors, ...w.failed, ...(await cspViolations(w.page))], `errors:${listing(w.errors)}`).toEqual([]);
        // The preview: a table per dataset, [c] where a count is hidden, and what disclosure control did.
        expect(await w.page.locator("[data-tables] table").count()).toBeGreaterThan(3);
        expect(await w.page.locator("[data-summary]").textContent()).toMatch(/hidden/);
      });
    },
  );

  it("lists a damaged export's problems by check id, announces them, and offers no download", async () => {
    await closing(open("2025-03"), async (w) => {
      await warm(w.page);
      const before = w.requests.length;
      // Synthetic: the brackenford example with a made-up "surname" column added and children.csv left out.
      const dir = join(ROOT, "examples/exports/brackenford/2025-03");
      const parents = readFileSync(join(dir, "parents.csv"), "utf8").replace(/^([^\n]*)\n/, "$1,surname\n");
      await w.page.setInputFiles("#publish-files", [
        { name: "parents.csv", mimeType: "text/csv", buffer: Buffer.from(parents) },
        { name: "circumstances.csv", mimeType: "text/csv", buffer: readFileSync(join(dir, "circumstances.csv")) },
      ]);
      await w.page.fill("#publish-slug", "brackenford");
      await w.page.click("[data-run]");
      await expect.poll(() => status(w.page)).toMatch(/failing check/);
      const problems = await w.page.locator("[data-problem-list] li").allTextContents();
      expect(problems.some((p) => p.startsWith("FAIL TR-FILE-MISSING: children.csv"))).toBe(true);
      expect(problems.some((p) => p.startsWith("FAIL TR-IDENT-COLUMN: parents.csv"))).toBe(true);
      expect(await w.page.locator("[data-result]").isHidden()).toBe(true);
      expect(await w.page.locator("[data-download]").getAttribute("href")).toBeNull();
      expect(await w.page.evaluate(() => document.activeElement?.id)).toBe("problems-heading");
      expect(await w.page.locator("[data-status]").evaluate((el) => el.closest("[aria-live]") !== null)).toBe(true);
      expect(w.requests.slice(before)).toEqual([]);
      expect(await axe(w.page), "axe, problems listed").toEqual([]);
    });
  });

  it("takes the files dropped onto the box as well as chosen", async () => {
    await closing(open("2025-03"), async (w) => {
      await warm(w.page);
      const dir = join(ROOT, "examples/exports/fellgate/2025-03");
      const files = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
      const dataTransfer = await w.page.evaluateHandle((list) => {
        const dt = new DataTransfer();
        for (const f of list) dt.items.add(new File([f.text], f.name));
        return dt;
      }, files);
      await w.page.dispatchEvent("[data-drop]", "drop", { dataTransfer });
      expect(await w.page.locator("[data-chosen]").textContent()).toMatch(/parents\.csv/);
      await w.page.fill("#publish-slug", "fellgate");
      await w.page.click("[data-run]");
      await expect.poll(() => status(w.page)).toMatch(/^Done/);
      expect(await w.page.locator("[data-download]").getAttribute("download")).toBe("fellgate-2025-03.zip");
    });
  });

  it("refuses a short name the command line would refuse, saying how to write it", async () => {
    await closing(open("2025-03"), async (w) => {
      await w.page.setInputFiles("#publish-files", exportFiles("brackenford", "2025-03"));
      await w.page.fill("#publish-slug", "North_Town");
      await w.page.click("[data-run]");
      expect(await w.page.locator("[data-slug-error]").textContent()).toMatch(/lower-case letters and numbers/);
      expect(await w.page.evaluate(() => document.activeElement?.id)).toBe("publish-slug");
      expect(await w.page.locator("[data-result]").isHidden()).toBe(true);
    });
  });

  it("works at 320px and with the keyboard alone, and passes axe with the bundle ready", async () => {
    await closing(open("2025-03", 320), async (w) => {
      const page = w.page;
      // Tab to the file input. Opening the system's file dialog from it is the browser's own doing, and headless Chromium
      // on CI did not always raise it from a key press, so the test gives the focused input its files directly.
      for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.id)) !== "publish-files"; i++) await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("publish-files");
      await page.setInputFiles("#publish-files", exportFiles("brackenford", "2025-03"));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("publish-files");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("publish-slug");
      await page.keyboard.type("brackenford");
      await page.keyboard.press("Enter");
      await expect.poll(() => status(page)).toMatch(/^Done/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("result-heading");
      for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.hasAttribute("data-download"))); i++) await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-download")), "the download link has the keyboard's focus").toBe(true);
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.keyboard.press("Enter")]);
      expect(download.suggestedFilename()).toBe("brackenford-2025-03.zip");
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, "the page scrolls sideways at 320px").toBeLessThanOrEqual(320);
      expect(await axe(page), "axe, bundle ready at 320px").toEqual([]);
      expect([...w.errors, ...(await cspViolations(page))]).toEqual([]);
    });
  });

  it("says without JavaScript that the tool needs it, and points to the command line", async () => {
    await closing(watchedPage(browser(), { javaScript: false, width: 1100 }), async (w) => {
      await w.page.goto(`${base}/publish/`);
      expect(await w.page.locator(".publish-nojs").textContent()).toMatch(/needs JavaScript[\s\S]*npm run tracker/);
      expect(await w.page.locator("[data-publish]").isHidden()).toBe(true);
    });
  });
});
