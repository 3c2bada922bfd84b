// Sections that moved to pages of their own so that every page fits TCP's first
// window (docs/decisions/data-pages.md, standard-pages.md): an old link to the
// section's anchor opens its new page with JavaScript, and lands on the contents
// line that links there without. The notes' entries: notes.test.ts.
import { afterAll, describe, expect, inject, it } from "vitest";
import { useBrowser, watchedPage, type Watched } from "./browser.ts";
import { DATA_MOVED } from "../../src/lib/pages/data-pages.ts";
import { STANDARD_MOVED } from "../../src/lib/pages/standard.ts";

const browser = useBrowser();
const base = inject("baseUrl");
const opened: Watched[] = [];
afterAll(async () => {
  for (const w of opened) await w.context.close();
});

const moved = [
  ...Object.entries(DATA_MOVED).map(([id, to]) => ({ from: `/data/#${id}`, to })),
  ...Object.entries(STANDARD_MOVED).map(([id, to]) => ({ from: `/standard/#${id}`, to })),
];

describe.each(moved)("$from", ({ from, to }) => {
  it(`opens ${to} with JavaScript on`, async () => {
    const w = await watchedPage(browser(), { javaScript: true, width: 1100 });
    opened.push(w);
    await w.page.goto(`${base}/about/`);
    await w.page.goto(base + from);
    await w.page.waitForURL(base + to, { timeout: 30_000 });
    const target = new URL(to, base).hash.slice(1);
    if (target) expect(await w.page.locator(`#${target}`).count()).toBe(1);
    expect(w.errors).toEqual([]);
  });

  it("lands on a line that links there with JavaScript off", async () => {
    const w = await watchedPage(browser(), { javaScript: false, width: 1100 });
    opened.push(w);
    await w.page.goto(base + from);
    const id = from.split("#")[1]!;
    const hrefs = await w.page.evaluate((x) => {
      const el = document.getElementById(x);
      const line = el?.closest("li") ?? el;
      return Array.from(line?.querySelectorAll("a") ?? []).map((a) => a.getAttribute("href"));
    }, id);
    // The new address itself, or its page (#dfe-none is inside the line for #dfe).
    expect(
      hrefs.some((h) => h === to || h === to.split("#")[0]),
      `links on the line: ${hrefs.join(", ")}`,
    ).toBe(true);
  });
});
