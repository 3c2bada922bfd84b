// The councillor's five minutes (issue #26), read as a councillor reads it: on
// a 390 × 844 phone. The summary is short with all five charts, says what the
// evidence cannot show on its first two screens, gives one at-home figure, and
// keeps within its one-round-trip budget; every disagreement flag on / and
// /costs/ says what it changes; and a sum the report never printed is never in
// larger type than the report's own figures, nor without its assumption.
// Heights are measured with every deferred block drawn, as a reader who
// scrolls to the end sees the page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { listing, useBrowser, watchedPage, type Watched } from "./browser.ts";
import { drawDeferred } from "./probes.ts";
import { BUDGETS } from "../../scripts/budgets.ts";
import { weigh } from "../../scripts/lib/weigh.ts";
import { formatFigure } from "../../src/lib/format.ts";
import type { Figure } from "../../src/lib/contract/site.ts";

const PHONE = { width: 390, height: 844 };
const MAX_HEIGHT = 4_500;
const TWO_SCREENS = 2 * PHONE.height;
const browser = useBrowser();
const opened: Watched[] = [];
afterAll(async () => {
  for (const w of opened) await w.context.close();
});

async function phone(path: string, javaScript = false): Promise<Page> {
  const w = await watchedPage(browser(), { javaScript, width: PHONE.width });
  opened.push(w);
  await w.page.setViewportSize(PHONE);
  await w.page.goto(`${inject("baseUrl")}${path}`, { waitUntil: "load" });
  expect(w.errors, `errors on ${path}:${listing(w.errors)}`).toEqual([]);
  await w.page.evaluate(drawDeferred);
  return w.page;
}

/** The report's own sums of money, in the form the site prints them (£3.8 million, £32,263). */
function printedPounds(): Set<string> {
  const figures = JSON.parse(readFileSync(join(inject("distDir"), "data", "figures.json"), "utf8")) as Figure[];
  return new Set(figures.filter((f) => f.measure === "gbp" && !f.derived).map((f) => formatFigure(f)));
}

/** Every sum of money shown on screen, with its type size and whether the report printed it. */
function pounds(page: Page, printed: Set<string>) {
  return page.evaluate(
    (printed) => {
      const found: { text: string; px: number; printed: boolean; where: string }[] = [];
      const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
        for (const m of (node.textContent ?? "").matchAll(/£[\d,.]+(?: million)?/g)) {
          const text = m[0].replace(/[.,]$/, "");
          found.push({ text, px: parseFloat(getComputedStyle(el).fontSize), printed: printed.includes(text), where: el.className || el.tagName.toLowerCase() });
        }
      }
      return found;
    },
    [...printed],
  );
}

describe("/ on a 390 × 844 phone", () => {
  it(`is at most ${MAX_HEIGHT.toLocaleString("en-GB")}px tall with its five charts drawn`, async () => {
    const page = await phone("/");
    // The example build (synthetic services) adds a banner on every page that the real site never carries.
    const height = await page.evaluate(() => {
      const banner = document.querySelector(".synthetic-banner");
      const style = banner ? getComputedStyle(banner) : null;
      const extra = banner && style ? banner.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom) : 0;
      return document.documentElement.scrollHeight - extra;
    });
    const charts = await page.locator(".key-finding .chart--narrow svg").evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().height > 0).length);
    expect(charts, "charts drawn at 390px").toBe(5);
    expect(height, "page height at 390 × 844, in px").toBeLessThanOrEqual(MAX_HEIGHT);
  });

  it("keeps each chart's table and text alternative in the page, folded under the chart", async () => {
    const page = await phone("/");
    const folds = page.locator(".key-finding details.chart-fold");
    expect(await folds.count()).toBe(5);
    for (const fold of await folds.all()) {
      expect(await fold.locator("table").count(), "a table in each fold").toBe(1);
      expect(await fold.locator(".chart-summary").count(), "a text alternative in each fold").toBe(1);
    }
    // The keyboard opens one.
    await folds.first().locator("summary").focus();
    await page.keyboard.press("Enter");
    expect(await folds.first().locator("table").isVisible()).toBe(true);
  });

  it("says on its first two screens what the evidence cannot show: no comparison group, small numbers, one service in one city", async () => {
    const page = await phone("/");
    const early = await page.evaluate((limit) => {
      const parts: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>("main p, main li")) {
        const box = el.getBoundingClientRect();
        if (box.height > 0 && box.bottom + scrollY <= limit) parts.push(el.innerText);
      }
      return parts.join(" ");
    }, TWO_SCREENS);
    expect(early).toMatch(/no comparison group/i);
    expect(early).toMatch(/rest on the \d+ parents and \d+ children/);
    expect(early).toMatch(/in one service in one city/);
  });

  it("gives one figure for the children at home, saying which children and when, and links to the others", async () => {
    const page = await phone("/");
    const text = await page.locator("main").innerText();
    const sentences = text
      .replace(/\s+/g, " ")
      .split(/(?<=[.:;])\s+/)
      .filter((s) => /\bat home\b|stayed (at home|with)|remained with|not looked after/i.test(s));
    const counts = new Set(sentences.flatMap((s) => [...s.matchAll(/\b(\d+) of (?:the )?(\d+)\b/g)].map((m) => `${m[1]} of ${m[2]}`)));
    expect([...counts], `at-home counts on the summary:${listing(sentences)}`).toHaveLength(1);
    const children = page.locator("#children");
    expect(await children.locator(".key-number").innerText()).toMatch(/^\d+ of \d+\s+children of the families whose cases had closed .* when last known$/);
    expect(await children.locator(".others a").getAttribute("href")).toBe("/child-outcomes/#other-counts");
  });

  it(`arrives in one round trip: the document with its headers is at most ${BUDGETS.keyPage.documentBytes.toLocaleString("en-GB")} bytes`, async () => {
    const w = await weigh(browser(), `${inject("baseUrl")}/`);
    expect(w.requests).toBe(BUDGETS.keyPage.requests);
    expect(w.document, "the HTML document with its response headers, in bytes").toBeLessThanOrEqual(BUDGETS.keyPage.documentBytes);
  });
});

describe.each(["/", "/costs/"])("disagreement flags on %s", (path) => {
  it("each say whether the number shown would change, and by how much", async () => {
    const page = await phone(path);
    const flags = await page.locator(".ledger-flags li").allInnerTexts();
    const silent = flags.filter((f) => !/(Does not change the report's .+|The report's .+ would be .+)\.$/.test(f.trim()));
    expect(silent, `flags that do not say what they change:${listing(silent)}`).toEqual([]);
    // The summary keeps only the flags that change a number it shows.
    if (path === "/") expect(flags.filter((f) => /Does not change/.test(f))).toEqual([]);
  });
});

describe.each(["/", "/costs/"])("sums of money on %s", (path) => {
  it("are never larger when the report did not print them than the report's own figures", async () => {
    const page = await phone(path, true);
    if (path === "/costs/") {
      // The calculator's largest reading, which the report never printed: the yearly cost of care for 18 years.
      await expect.poll(() => page.locator("[data-cost-calculator]").isVisible()).toBe(true);
      await page.check("#calc-unit-care");
      await page.check("#calc-years-18");
      await expect.poll(() => page.locator("[data-total]").innerText()).not.toMatch(/£3\.8 million/);
    }
    const found = await pounds(page, printedPounds());
    const largest = Math.max(...found.filter((f) => f.printed).map((f) => f.px));
    expect(Number.isFinite(largest), "the page shows at least one of the report's own sums").toBe(true);
    const larger = found.filter((f) => !f.printed && f.px > largest).map((f) => `${f.text} at ${f.px}px in ${f.where}, against ${largest}px`);
    expect(larger, `sums the report never printed, in larger type:${listing(larger)}`).toEqual([]);
  });
});

describe("/costs/ readings the report never printed", () => {
  it("give the calculator's result and its assumption in one sentence, in the same type, whatever is chosen", async () => {
    const page = await phone("/costs/", true);
    const calc = page.locator("[data-cost-calculator]");
    await expect.poll(() => calc.isVisible()).toBe(true);
    const same = () =>
      calc.locator(".calc-total").evaluate((p) => {
        const total = p.querySelector<HTMLElement>("[data-total]")!;
        const assumes = p.querySelector<HTMLElement>("[data-assumption]")!;
        const style = (e: HTMLElement) => `${getComputedStyle(e).fontSize} ${getComputedStyle(e).fontWeight}`;
        return {
          total: total.innerText,
          assumes: assumes.innerText,
          same: style(total) === style(assumes),
          body: getComputedStyle(document.body).fontSize === getComputedStyle(total).fontSize,
        };
      });
    await page.check("#calc-unit-care");
    await page.check("#calc-years-18");
    await expect.poll(async () => (await same()).assumes).toMatch(/all 18 years/);
    const r = await same();
    expect(r.same, "result and assumption in the same type").toBe(true);
    expect(r.body, "the result in the page's own type size").toBe(true);
    expect(r.total).toMatch(/^£[\d.]+ million$/);
  });

  it("say what each reading in the table assumes, in the same row and type as its result", async () => {
    const page = await phone("/costs/");
    const rows = await page.locator("table.alternatives tbody tr:not(.group-row)").evaluateAll((trs) =>
      trs.map((tr) => {
        const assumes = tr.querySelector<HTMLElement>(".assumes");
        const result = tr.querySelector<HTMLElement>("td.num")!;
        return {
          text: tr.textContent?.replace(/\s+/g, " ").trim() ?? "",
          ok: !!assumes && /^, if every one/.test(assumes.textContent ?? "") && getComputedStyle(assumes).fontSize === getComputedStyle(result).fontSize,
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.ok).map((r) => r.text)).toEqual([]);
  });

  it("'In short' sets no two figures side by side that the page says cannot be compared, and bolds no sum", async () => {
    const page = await phone("/costs/");
    const box = page.locator(".callout", { has: page.locator("h2.in-short") });
    expect(await box.count(), "the 'In short' box").toBe(1);
    expect(await box.locator("strong").allInnerTexts()).not.toContainEqual(expect.stringMatching(/£/));
    const text = await box.innerText();
    // The staffing cost a year is this site's division, set beside a one-off sum only to say they cannot be compared.
    expect(text).not.toMatch(/£[\d,]+ a year/);
  });
});
