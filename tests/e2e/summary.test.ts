// The councillor's five minutes (issue #26): the summary read on a 390 × 844
// phone is short, says what the evidence cannot show on its first two screens,
// gives one at-home figure, and every disagreement flag on / and /costs/ says
// what it changes. Figures the report never printed are never in larger type
// than its own. Measured with every deferred block drawn, as a reader scrolling
// to the end would see the page.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { listing, useBrowser, watchedPage, type Watched } from "./browser.ts";
import { drawDeferred } from "./probes.ts";

const PHONE = { width: 390, height: 844 };
const browser = useBrowser();
const opened: Watched[] = [];
afterAll(async () => {
  for (const w of opened) await w.context.close();
});

async function phone(path: string, javaScript = false): Promise<Page> {
  const w = await watchedPage(browser(), { javaScript, width: PHONE.width }, inject("baseUrl"));
  opened.push(w);
  await w.page.setViewportSize(PHONE);
  await w.page.goto(`${inject("baseUrl")}${path}`, { waitUntil: "load" });
  await w.page.evaluate(drawDeferred);
  return w.page;
}

describe("/ on a 390 × 844 phone", () => {
  it("is at most 4,500px tall with its five charts", async () => {
    const page = await phone("/");
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log("summary height", height);
    const charts = await page.locator(".key-finding .chart--narrow svg").evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().height > 0).length);
    expect(charts).toBe(5);
    expect(height).toBeLessThanOrEqual(4_500);
  });
});
