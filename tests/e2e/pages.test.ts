// Every page of the built site, with JavaScript on: status, console, CSP,
// requests, cookies, security headers, axe, headings, keyboard, 320px layout and
// chart text. Each describe block is one page, so a failure names the page.
import { beforeAll, describe, expect, it } from "vitest";
import { useBrowser, listing } from "./browser.ts";
import { agreementProblems, headerProblems, policyProblems } from "./policy.ts";
import { minCharts } from "./expected.ts";
import { sitePages } from "./site.ts";
import { DEFERRAL_TOLERANCE, visit, type Visit } from "./visit.ts";

const pages = sitePages();
const browser = useBrowser();

function axeReport(violations: Visit["axeWide"]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ")}`)
        .join("\n      ")}`,
  );
}

describe.each(pages)("$name", (target) => {
  let v: Visit;
  beforeAll(async () => {
    v = await visit(browser(), target);
  });

  it(`answers with status ${target.status}`, () => {
    expect(v.status).toBe(target.status);
  });

  it("logs no console errors and loads every resource", () => {
    // The 404 page's own 404 is expected; Chromium logs it as a failed load.
    const errors = v.errors.filter((e) => !(target.status === 404 && e.includes("status of 404") && e.includes(target.path)));
    expect([...errors, ...v.failed], `console errors and failed loads:${listing([...errors, ...v.failed])}`).toEqual([]);
  });

  it("breaks no rule of the Content Security Policy", () => {
    const found = v.violations.map((x) => `${x.directive} blocked ${x.blocked} at ${x.source}:${x.line} ${x.sample}`);
    expect(found, `CSP violations:${listing(found)}`).toEqual([]);
  });

  it("requests nothing from other hosts and sets no cookies", () => {
    const found = [...v.thirdParty.map((u) => `request to ${u}`), ...v.cookies.map((c) => `cookie ${c}`)];
    expect(found, `third-party requests and cookies:${listing(found)}`).toEqual([]);
  });

  it("is served with the strict CSP and security headers, and repeats the CSP in a <meta>", () => {
    const header = v.headers["content-security-policy"];
    const problems = [
      ...policyProblems(header, "header", target.path).map((p) => `header: ${p}`),
      ...policyProblems(v.meta.content, "meta", target.path).map((p) => `meta: ${p}`),
      ...(header && v.meta.content ? agreementProblems(header, v.meta.content) : []),
      ...v.meta.lateFor.map((el) => `meta comes after ${el}`),
      ...headerProblems(v.headers),
    ];
    expect(problems, `security problems:${listing(problems)}`).toEqual([]);
  });

  it("has no axe violations at 1100px (WCAG 2.2 AA and best practice)", () => {
    expect(v.axeWide.length, `axe violations at 1100px:${listing(axeReport(v.axeWide))}`).toBe(0);
  });

  it("has targets of a good size and spacing on arrival, before any block below the first screen is drawn", () => {
    expect(v.targetsOnArrival.length, `axe target-size on arrival:${listing(axeReport(v.targetsOnArrival))}`).toBe(0);
  });

  it("has no axe violations at 320px", () => {
    expect(v.axeNarrow.length, `axe violations at 320px:${listing(axeReport(v.axeNarrow))}`).toBe(0);
  });

  it("puts no space between a link or other inline element and the punctuation after it", () => {
    expect(v.spacesBeforePunctuation, `spaces before punctuation:${listing(v.spacesBeforePunctuation)}`).toEqual([]);
  });

  it("has one h1 and never skips a heading level", () => {
    const problems: string[] = [];
    const h1s = v.headings.filter((h) => h.level === 1).length;
    if (h1s !== 1) problems.push(`${h1s} h1 elements`);
    if (v.headings[0] && v.headings[0].level !== 1) problems.push(`first heading is h${v.headings[0].level} "${v.headings[0].text}"`);
    v.headings.forEach((h, i) => {
      const prev = v.headings[i - 1];
      if (prev && h.level > prev.level + 1) problems.push(`h${prev.level} "${prev.text}" then h${h.level} "${h.text}"`);
    });
    expect(problems, `heading problems:${listing(problems)}`).toEqual([]);
  });

  it("lets the keyboard reach every link and control, with a visible focus on screen", () => {
    expect(v.focusables.length, "nothing focusable: not even the skip link").toBeGreaterThan(0);
    const reached = new Set(v.tabbed.map((s) => s.index));
    const missed = v.focusables.filter((_, i) => !reached.has(i)).map((d) => `not reached: ${d}`);
    const unseen = v.tabbed
      .filter((s) => !s.visible || !s.onScreen || s.clippedBy)
      .map((s) => `${!s.visible ? "no visible focus" : !s.onScreen ? "focused off screen" : `focus ring cut off by ${s.clippedBy}`}: ${s.description}`);
    expect([...missed, ...unseen], `keyboard problems:${listing([...missed, ...unseen])}`).toEqual([]);
  });

  it(`lays out the same with the blocks below the first screen deferred (within ${DEFERRAL_TOLERANCE}px)`, () => {
    expect(v.deferral.moved, `moved by deferring:${listing(v.deferral.moved)}`).toEqual([]);
  });

  it("does not scroll sideways or cut anything off at 320px", () => {
    expect(v.narrow.scrollWidth, `page is ${v.narrow.scrollWidth}px wide at 320px; sticking out:${listing(v.narrow.culprits)}`).toBeLessThanOrEqual(320);
    // A deferred block clips what sticks out of it, so the page need not scroll for content to be cut off.
    expect(v.narrow.culprits, `sticking out past 320px:${listing(v.narrow.culprits)}`).toEqual([]);
  });

  // Skipped only for pages with no charts in the build and none expected of them.
  it.skipIf(target.charts === 0 && minCharts(target.path) === 0)(`shows its ${target.charts} chart(s) at 320px with text of at least 11px`, () => {
    expect(v.text.charts, "charts visible at 320px").toBe(target.charts);
    expect(v.text.charts, "charts the page must show (tests/e2e/expected.ts)").toBeGreaterThanOrEqual(minCharts(target.path));
    expect(v.text.texts, "visible chart text elements").toBeGreaterThan(0);
    const small = v.text.small.map((s) => `${s.chart}: "${s.text}" at ${s.px}px`);
    expect(small, `chart text under 11px at 320px:${listing(small)}`).toEqual([]);
  });
});
