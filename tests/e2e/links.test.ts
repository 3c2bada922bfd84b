// Every link on every page goes somewhere: each internal URL answers 200 without
// a redirect, and each #fragment is an id on the page it points to. Plain HTTP
// and an HTML parser; no browser needed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { listing } from "./browser.ts";
import { sitemapPaths } from "../../scripts/lib/pages.ts";
import { sitePages } from "./site.ts";

const base = inject("baseUrl");
const origin = new URL(base).origin;

interface Target {
  status: number;
  location: string | null;
  html: boolean;
  ids: Set<string>;
  hrefs: string[];
}

/** Every built page that answers 200, with its HTML as written to disk. */
function builtPages(dist: string): { path: string; html: string }[] {
  const pages = sitePages().filter((p) => p.status === 200);
  expect(pages.length).toBeGreaterThan(10);
  return pages.map((p) => ({ path: p.path, html: readFileSync(join(dist, p.path, "index.html"), "utf8") }));
}

const cache = new Map<string, Promise<Target>>();

function load(pathAndQuery: string): Promise<Target> {
  let hit = cache.get(pathAndQuery);
  if (!hit) {
    hit = (async () => {
      const res = await fetch(origin + pathAndQuery, { redirect: "manual" });
      const html = (res.headers.get("content-type") ?? "").startsWith("text/html");
      const text = html ? await res.text() : (await res.arrayBuffer(), "");
      const { document } = parseHTML(html ? text : "<!doctype html><html></html>");
      const ids = new Set<string>();
      for (const el of document.querySelectorAll("[id], a[name]")) ids.add(el.getAttribute("id") ?? el.getAttribute("name")!);
      const hrefs = Array.from(document.querySelectorAll("a[href], area[href]")).map((a) => a.getAttribute("href")!);
      return { status: res.status, location: res.headers.get("location"), html, ids, hrefs };
    })();
    cache.set(pathAndQuery, hit);
  }
  return hit;
}

/** What is wrong with one href on a page; undefined when it resolves. */
async function check(href: string, pageUrl: URL): Promise<string | undefined> {
  const url = new URL(href, pageUrl);
  if (url.origin !== origin) return /^(https?|mailto|tel):$/.test(url.protocol) ? undefined : `${href}: unexpected scheme ${url.protocol}`;
  const same = url.pathname === pageUrl.pathname && url.search === pageUrl.search;
  const target = await load(same ? pageUrl.pathname + pageUrl.search : url.pathname + url.search);
  if (!same && target.status !== 200) {
    return `${href}: status ${target.status}${target.location ? ` (redirects to ${target.location})` : ""}`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  // "#" and "#top" are the top of the page by definition.
  if (!fragment || fragment.toLowerCase() === "top") return undefined;
  if (!target.html) return `${href}: #${fragment} on a file that is not a page`;
  return target.ids.has(fragment) ? undefined : `${href}: no element with id "${fragment}" on ${url.pathname}`;
}

describe.each(sitePages())("$name", (page) => {
  it("links only to pages, files and anchors that exist", async () => {
    const pageUrl = new URL(page.path, origin);
    const own = await load(page.path);
    expect(own.status, "status of the page itself").toBe(page.status);
    const hrefs = [...new Set(own.hrefs)];
    // Every page has at least the skip link and the site navigation.
    expect(hrefs.length, "links on the page").toBeGreaterThan(0);
    const problems = (await Promise.all(hrefs.map((h) => check(h, pageUrl)))).filter((p): p is string => !!p);
    expect(problems, `${hrefs.length} distinct links, broken:${listing(problems)}`).toEqual([]);
  });
});

// The build has a public address only when SITE_URL is set; without one it must
// not invent a domain, so there is no sitemap (it needs absolute addresses).
const address = process.env["SITE_URL"]?.trim();

describe.runIf(address)("sitemap, with SITE_URL set", () => {
  const dist = inject("distDir");
  const listed = sitemapPaths(dist);
  it("is built at /sitemap.xml (robots.txt points there) and lists pages", () => {
    expect(existsSync(join(dist, "sitemap.xml")), `${join(dist, "sitemap.xml")} exists`).toBe(true);
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain(`Sitemap: ${new URL("/sitemap.xml", address).href}`);
    expect(listed.length, "pages listed in the sitemap").toBeGreaterThan(0);
  });
  it("lists every built page once (pages it lists but nobody built fail above)", () => {
    expect(listed.length, "pages listed in the sitemap").toBeGreaterThan(0);
    const built = sitePages()
      .filter((p) => p.status === 200)
      .map((p) => p.path);
    const missing = built.filter((p) => !listed.includes(p));
    const twice = listed.filter((p, i) => listed.indexOf(p) !== i);
    expect([...missing.map((p) => `not in the sitemap: ${p}`), ...twice.map((p) => `listed twice: ${p}`)]).toEqual([]);
  });
});

describe.skipIf(address)("no public address (SITE_URL unset)", () => {
  const dist = inject("distDir");
  it("writes no sitemap, names none in robots.txt, and puts no domain in any page", () => {
    expect(existsSync(join(dist, "sitemap.xml"))).toBe(false);
    const robots = readFileSync(join(dist, "robots.txt"), "utf8");
    expect(robots).toContain("User-agent: *");
    expect(robots).not.toContain("Sitemap:");
    for (const p of builtPages(dist)) expect(p.html, p.path).not.toMatch(/rel="canonical"|\.example[/"]/);
  });
});

describe("the site icon", () => {
  const dist = inject("distDir");
  // Inline, so a page is one request; a PNG, because Chrome builds an SVG icon's
  // own document inside the first frame, which delayed the first paint.
  it("is an inline PNG on every page, never a file or an SVG", () => {
    for (const p of builtPages(dist)) {
      const { document } = parseHTML(p.html);
      const icons = [...document.querySelectorAll('link[rel~="icon"]')].map((l) => l.getAttribute("href") ?? "");
      expect(icons, p.path).toHaveLength(1);
      expect(icons[0], p.path).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    }
  });
});
