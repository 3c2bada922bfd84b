// A reader on any findings page can get to what the service does, and the
// pages the issue asked for are in the site's navigation. Plain HTTP and an
// HTML parser; no browser needed.
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { FINDINGS, SECTIONS } from "../../src/lib/site.ts";

const base = inject("baseUrl");
async function page(path: string) {
  const res = await fetch(base + path);
  expect(res.status, path).toBe(200);
  return parseHTML(await res.text()).document;
}

describe("the way to what the service does", () => {
  it("is in the site navigation", async () => {
    const doc = await page("/");
    const nav = Array.from(doc.querySelectorAll(".site-nav a")).map((a) => a.getAttribute("href"));
    expect(SECTIONS.some((s) => s.href === "/the-service/")).toBe(true);
    expect(nav).toContain("/the-service/");
  });

  it.each(FINDINGS.map((f) => f.href))("is linked from the findings page %s", async (path) => {
    const doc = await page(path);
    const links = Array.from(doc.querySelectorAll("main a")).filter((a) => a.getAttribute("href") === "/the-service/");
    expect(links.length, `links to /the-service/ on ${path}`).toBeGreaterThan(0);
  });

  it("says plainly that there are no outcome data for the Pathway A parents", async () => {
    const text = (await page("/the-service/")).querySelector("main")!.textContent.replace(/\s+/g, " ");
    expect(text).toMatch(/no outcome data for the Pathway A parents/i);
    expect(text).toMatch(/Rochdale/);
  });
});
