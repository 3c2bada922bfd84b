// One visit to one page with JavaScript on, gathering everything the page tests
// check: first at 412px just opened (axe's target sizes, as Lighthouse sees the
// page), then reloaded at 1100px (headings, keyboard, then what deferring blocks moves, then
// axe) and then, on the same load, at 320px (axe again, sideways scroll, chart
// text). The keyboard goes first, while the blocks below the first screen are
// still deferred as a reader finds them; the deferral probe then draws them all,
// so axe and the layout probes see everything. One load per page keeps the suite fast.
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { inject } from "vitest";
import { watchedPage } from "./browser.ts";
import { chartText, cspMeta, deferral, focusState, headings, markFocusables, overflow, spacesBeforePunctuation } from "./probes.ts";
import type { SitePage } from "./site.ts";

/** Deferring a block may move what follows it by a pixel or two (a line that
 *  wraps at a slightly different place); a lost or doubled margin is more. */
export const DEFERRAL_TOLERANCE = 2;

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

// axe-core's result type, as @axe-core/playwright returns it (axe-core itself is not a direct dependency).
type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

export interface Visit {
  status: number;
  headers: Record<string, string>;
  errors: string[];
  failed: string[];
  thirdParty: string[];
  cookies: string[];
  violations: NonNullable<Window["__cspViolations"]>;
  meta: ReturnType<typeof cspMeta>;
  headings: ReturnType<typeof headings>;
  targetsOnArrival: AxeResults["violations"];
  axeWide: AxeResults["violations"];
  axeNarrow: AxeResults["violations"];
  focusables: string[];
  tabbed: ReturnType<typeof focusState>[];
  narrow: ReturnType<typeof overflow>;
  deferral: ReturnType<typeof deferral>;
  text: ReturnType<typeof chartText>;
  spacesBeforePunctuation: string[];
}

async function axe(page: import("playwright-core").Page, rules?: string[]): Promise<AxeResults["violations"]> {
  // Legacy mode runs axe inside the page only; the site has no iframes to follow.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  return (await (rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)).analyze()).violations;
}

/** Tab from the top of the page until focus leaves it, noting each stop. */
async function tabThrough(page: import("playwright-core").Page, count: number): Promise<ReturnType<typeof focusState>[]> {
  const stops: ReturnType<typeof focusState>[] = [];
  for (let i = 0; i < count + 10; i++) {
    await page.keyboard.press("Tab");
    // Focus can bring a deferred block into view: let the browser draw it before looking.
    await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
    const state = await page.evaluate(focusState);
    if (state.index === -2 || (stops.length > 0 && state.index >= 0 && state.index === stops[0]!.index)) break;
    stops.push(state);
  }
  return stops;
}

export async function visit(browser: Browser, target: Pick<SitePage, "path">, base = inject("baseUrl")): Promise<Visit> {
  const w = await watchedPage(browser, { javaScript: true, width: 1100 }, base);
  try {
    // First as a phone on arrival, the way Lighthouse sees it (412px, nothing
    // scrolled): a skipped block laid out only for measuring must not seem to put
    // its links on top of another block's. Then the page again at 1100px.
    await w.page.setViewportSize({ width: 412, height: 900 });
    await w.page.goto(base + target.path, { waitUntil: "load" });
    const targetsOnArrival = await axe(w.page, ["target-size"]);
    await w.page.setViewportSize({ width: 1100, height: 900 });
    const response = await w.page.reload({ waitUntil: "load" });
    if (!response) throw new Error("no response");
    await w.page.waitForLoadState("networkidle");
    const headers = await response.allHeaders();
    const meta = await w.page.evaluate(cspMeta);
    const heads = await w.page.evaluate(headings);
    const loose = await w.page.evaluate(spacesBeforePunctuation);
    const focusables = await w.page.evaluate(markFocusables);
    const tabbed = await tabThrough(w.page, focusables.length);
    await w.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const deferred = await w.page.evaluate(deferral, DEFERRAL_TOLERANCE);
    const axeWide = await axe(w.page);
    await w.page.setViewportSize({ width: 320, height: 800 });
    await w.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const narrow = await w.page.evaluate(overflow);
    const text = await w.page.evaluate(chartText);
    const axeNarrow = await axe(w.page);
    const violations = await w.page.evaluate(() => window.__cspViolations ?? []);
    const cookies = (await w.context.cookies()).map((c) => `${c.name} (${c.domain})`);
    return {
      // The page loads twice (412px, then 1100px): each problem is listed once.
      status: response.status(),
      headers,
      errors: [...new Set(w.errors)],
      failed: [...new Set(w.failed)],
      thirdParty: [...new Set(w.thirdParty)],
      cookies,
      violations,
      meta,
      headings: heads,
      targetsOnArrival,
      axeWide,
      axeNarrow,
      focusables,
      tabbed,
      narrow,
      text,
      spacesBeforePunctuation: loose,
      deferral: deferred,
    };
  } finally {
    await w.context.close();
  }
}
