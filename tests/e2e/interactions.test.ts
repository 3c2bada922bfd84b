// What a person does on the pages that have controls: the cost calculator, the
// services and practice-guide filters (JavaScript on and off), and printing the
// councillors' summary on A4.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { listing, useBrowser, watchedPage, type Watched } from "./browser.ts";
import { drawDeferred } from "./probes.ts";

const browser = useBrowser();
const opened: Watched[] = [];
// Registered after useBrowser's, so it runs first: contexts close before the browser does.
afterAll(async () => {
  for (const w of opened) await w.context.close();
});

async function open(path: string, javaScript: boolean, width = 1100): Promise<Page> {
  const w = await watchedPage(browser(), { javaScript, width });
  opened.push(w);
  await w.page.goto(`${inject("baseUrl")}${path}`, { waitUntil: "load" });
  expect(w.errors, `errors on ${path}:${listing(w.errors)}`).toEqual([]);
  // What is shown or hidden is read from layout: draw the deferred blocks first, as scrolling would.
  await w.page.evaluate(drawDeferred);
  return w.page;
}

describe("/costs/ calculator", () => {
  it("starts at the report's own sum and changes when an assumption changes", async () => {
    const page = await open("/costs/", true);
    const calc = page.locator("[data-cost-calculator]");
    await expect.poll(() => calc.isVisible()).toBe(true);
    const total = calc.locator("[data-total]");
    expect(await total.textContent()).toContain("£3.8 million");
    // A one-off cost is counted once: the years question is switched off for it.
    const years = calc.locator("fieldset[data-years]");
    const yearsOff = () => years.evaluate((el) => (el as HTMLFieldSetElement).disabled);
    expect(await yearsOff()).toBe(true);
    expect(await calc.locator("[data-words]").textContent()).toContain("counted once");

    await page.check("#calc-unit-care");
    await expect.poll(yearsOff).toBe(false);
    // 118 x £52,676 for one year = £6,215,768
    await expect.poll(() => total.textContent()).toContain("£6.2 million");
    await page.check("#calc-years-18");
    // 118 x £52,676 x 18 = £111,883,824
    await expect.poll(() => total.textContent()).toContain("£111.9 million");
    expect(await calc.locator("[data-words]").textContent()).toMatch(/118 children.*× 18 years/);

    // Back to the one-off cost: counted once again, never × 18 (the report's £68.5 million).
    await page.check("#calc-unit-proceedings");
    await expect.poll(() => total.textContent()).toContain("£3.8 million");
    expect(await yearsOff()).toBe(true);
  });

  it("is hidden without JavaScript, leaving the table of readings", async () => {
    const page = await open("/costs/", false);
    expect(await page.locator("[data-cost-calculator]").isVisible()).toBe(false);
    const rows = await page.locator("table").filter({ hasText: "£111.9 million" }).count();
    expect(rows).toBeGreaterThan(0);
  });
});

/** Every item's filter value, and whether it is visible. */
async function items(page: Page, attribute: string) {
  return page
    .locator("[data-filter-item]")
    .evaluateAll((els, attr) => els.map((el) => ({ value: el.getAttribute(attr) ?? "", shown: (el as HTMLElement).offsetParent !== null })), attribute);
}

describe("/services/ filters", () => {
  it("show every council without JavaScript, with no filter form", async () => {
    const page = await open("/services/", false);
    expect(await page.locator("form[data-list-filter]").isVisible()).toBe(false);
    const all = await items(page, "data-evaluated");
    expect(all.length).toBe(23);
    expect(all.every((i) => i.shown)).toBe(true);
  });

  it("narrow the list to the chosen evaluation status with JavaScript", async () => {
    const page = await open("/services/", true);
    const select = page.locator("form[data-list-filter] select[name=evaluated]");
    await expect.poll(() => select.isVisible()).toBe(true);
    const values = (await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) {
      await select.selectOption(value);
      const list = await items(page, "data-evaluated");
      const wrong = list.filter((i) => i.shown !== i.value.split(" ").includes(value));
      expect(wrong, `filter evaluated=${value}`).toEqual([]);
      expect(list.some((i) => i.shown)).toBe(true);
    }
  });
});

describe("/practice-guides/ filters", () => {
  it("narrow the guides to a theme with JavaScript, and list them all without", async () => {
    const off = await open("/practice-guides/", false);
    const total = (await items(off, "data-themes")).length;
    expect(total).toBeGreaterThan(10);

    const page = await open("/practice-guides/", true);
    const select = page.locator("form[data-list-filter] select").first();
    await expect.poll(() => select.isVisible()).toBe(true);
    const name = await select.getAttribute("name");
    const value = (await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).find(Boolean)!;
    await select.selectOption(value);
    const list = await items(page, `data-${name}`);
    const shown = list.filter((i) => i.shown);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    expect(shown.every((i) => i.value.split(" ").includes(value))).toBe(true);
  });
});

describe("the filter's status line", () => {
  /** The practice-guides filter, ready with JavaScript on. */
  async function guidesFilter() {
    const page = await open("/practice-guides/", true);
    const form = page.locator("form[data-list-filter]");
    await expect.poll(() => form.isVisible()).toBe(true);
    const total = (await items(page, "data-themes")).length;
    expect(total).toBeGreaterThan(10);
    return { page, form, status: form.locator("[role=status]"), total };
  }
  const optionsOf = (form: ReturnType<Page["locator"]>, name: string) =>
    form
      .locator(`select[name=${name}] option`)
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent.trim() })).filter((o) => o.value));

  it("names the one filter set and counts what it shows", async () => {
    const { page, form, status, total } = await guidesFilter();
    const [theme] = await optionsOf(form, "themes");
    await form.locator("select[name=themes]").selectOption(theme!.value);
    const shown = (await items(page, "data-themes")).filter((i) => i.shown).length;
    await expect.poll(() => status.textContent()).toBe(`Showing ${shown} of ${total} guides (Theme: ${theme!.text}).`);
  });

  it("names the one choice, not 'both choices', when one filter set matches nothing", async () => {
    const { form, status, total } = await guidesFilter();
    // No guide carries this value, so one choice alone leaves nothing.
    await form.locator("select[name=themes]").evaluate((s) => (s as HTMLSelectElement).add(new Option("Nothing at all", "e2e-none")));
    await form.locator("select[name=themes]").selectOption("e2e-none");
    await expect.poll(() => status.textContent()).toBe(`None of the ${total} guides match Theme: Nothing at all. Choose another or show all.`);
  });

  it("says 'both choices' and names them when two filters together match nothing", async () => {
    const { page, form, status, total } = await guidesFilter();
    const all = await page
      .locator("[data-filter-item]")
      .evaluateAll((els) => els.map((el) => ({ themes: el.getAttribute("data-themes")!.split(" "), council: el.getAttribute("data-council")! })));
    const themes = await optionsOf(form, "themes");
    const councils = await optionsOf(form, "council");
    const pair = themes
      .flatMap((t) => councils.map((c) => ({ t, c })))
      .find(({ t, c }) => !all.some((g) => g.council === c.value && g.themes.includes(t.value)));
    expect(pair, "a theme and a council with no guide in common").toBeDefined();
    await form.locator("select[name=themes]").selectOption(pair!.t.value);
    await form.locator("select[name=council]").selectOption(pair!.c.value);
    await expect
      .poll(() => status.textContent())
      .toBe(`None of the ${total} guides match both choices (Theme: ${pair!.t.text}; Council: ${pair!.c.text}). Change a choice or show all.`);
  });
});

describe("/ printed as a briefing", () => {
  it("fits on at most two A4 pages, without the navigation", async () => {
    const page = await open("/", false);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header nav").isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

describe("/ on a phone", () => {
  it("shows the first headline number on the first screen at 390 × 844", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${inject("baseUrl")}/`, { waitUntil: "load" });
      const first = page.locator(".key-finding .big").first();
      expect(await first.textContent()).toMatch(/\d/);
      const box = await first.boundingBox();
      expect(box, "the first headline number is laid out").not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, "bottom of the first headline number, in px from the top").toBeLessThanOrEqual(844);
    } finally {
      await context.close();
    }
  });
});

describe("/ copied or read without CSS", () => {
  it("reads a change as 'N% to M%', with the arrow only drawn by CSS", async () => {
    const page = await open("/", false);
    const change = page.locator(".key-finding .big.change").first();
    const text = (await change.textContent())!.replace(/\s+/g, " ").trim();
    expect(text).toMatch(/^\d+(\.\d+)?% to \d+(\.\d+)?%$/);
    // What a reader copies: select the number and read the selection back.
    const copied = await change.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(copied.replace(/\s+/g, " ").trim()).toBe(text);
    expect(copied).not.toContain("→");
    // On screen the word is drawn as an arrow, which has no text of its own.
    const drawn = await change.locator(".to").evaluate((el) => getComputedStyle(el, "::before").content);
    expect(drawn).toContain("→");
  });
});

describe("/services/ entries whose name cell is a status", () => {
  it("show the status as a tag, never the source's markup", async () => {
    const page = await open("/services/", false);
    const directory = (await page.locator("#directory").textContent()) ?? "";
    expect(directory).not.toMatch(/<\/?i>|: \(in development\)/);
    expect(await page.locator("#directory .status-tag").count()).toBeGreaterThan(0);
  });
});
