// The disagreements ledger: /notes/ lists the entries, each has its own page
// (/notes/<id>/), and /notes/all/ holds them all for find and print. Links and
// bookmarks made when every entry was a section of /notes/ (/notes/#<id>) still
// reach the entry: with JavaScript they open its page; without, they land on its
// line in the list, which links to it. docs/decisions/notes-page-per-entry.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { listing, useBrowser, watchedPage, type Watched } from "./browser.ts";
import { sitePages } from "./site.ts";

const browser = useBrowser();
const dist = inject("distDir");
const base = inject("baseUrl");
/** The ledger as published with this build. */
const entries = JSON.parse(readFileSync(join(dist, "data/ledger.json"), "utf8")) as { id: string; title: string; what: string }[];
const opened: Watched[] = [];
afterAll(async () => {
  for (const w of opened) await w.context.close();
});

async function open(javaScript: boolean, width = 1100): Promise<Watched> {
  const w = await watchedPage(browser(), { javaScript, width });
  opened.push(w);
  return w;
}

describe("old links to /notes/#<entry>", () => {
  it("open the entry's own page with JavaScript on, for every entry", async () => {
    expect(entries.length).toBeGreaterThan(10);
    const { page, errors } = await open(true);
    const wrong: string[] = [];
    for (const e of entries) {
      // A bookmark, typed or followed from another page: a new document (the loop is on the previous entry's page).
      await page.goto(`${base}/notes/#${e.id}`);
      await page.waitForURL(`${base}/notes/${e.id}/`, { timeout: 30_000 }).catch(() => undefined);
      const landed = new URL(page.url()).pathname;
      const h1 = (await page.locator("h1").textContent())?.trim();
      if (landed !== `/notes/${e.id}/` || h1 !== e.title) wrong.push(`#${e.id}: at ${landed}, h1 "${h1}"`);
    }
    expect([...wrong, ...errors], `landed wrong:${listing([...wrong, ...errors])}`).toEqual([]);
    // Back goes where the reader came from, not to the old address (which would bounce).
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(`/notes/${entries.at(-2)!.id}/`);
  });

  it("open the entry's page when the address changes on /notes/ itself (a fragment typed into the address bar)", async () => {
    const { page } = await open(true);
    await page.goto(`${base}/notes/`);
    const e = entries.at(-1)!;
    await page.goto(`${base}/notes/#${e.id}`);
    await page.waitForURL(`${base}/notes/${e.id}/`, { timeout: 30_000 });
    expect((await page.locator("h1").textContent())?.trim()).toBe(e.title);
  });

  it("leave the anchors that stayed on /notes/ where they are", async () => {
    const { page } = await open(true);
    for (const id of ["disagreements", "method", "recovered-counts", "intervals", "definitions"]) {
      await page.goto(`${base}/about/`);
      await page.goto(`${base}/notes/#${id}`);
      await page.waitForLoadState("load");
      expect(new URL(page.url()).pathname, id).toBe("/notes/");
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    }
  });

  it("land on the entry's line in the list with JavaScript off, scrolled into view, linking to its page", async () => {
    const { page } = await open(false, 412);
    const wrong: string[] = [];
    for (const e of entries) {
      await page.goto(`${base}/notes/#${e.id}`);
      const line = await page.evaluate((id) => {
        const el = document.getElementById(id);
        const r = el?.getBoundingClientRect();
        return { top: r?.top ?? NaN, links: Array.from(el?.querySelectorAll("a") ?? []).map((a) => [a.getAttribute("href"), a.textContent?.trim()]) };
      }, e.id);
      const [href, text] = line.links[0] ?? [];
      if (href !== `/notes/${e.id}/` || text !== e.title) wrong.push(`#${e.id}: links ${JSON.stringify(line.links)}`);
      if (!(line.top > -2 && line.top < 900)) wrong.push(`#${e.id}: line at ${line.top}px, off the screen`);
    }
    expect(wrong, `landed wrong:${listing(wrong)}`).toEqual([]);
  });

  it("are gone from the site: every link to an entry goes to its own page", () => {
    const ids = new Set(entries.map((e) => e.id));
    const old: string[] = [];
    for (const p of sitePages().filter((x) => x.status === 200)) {
      const html = readFileSync(join(dist, p.path, "index.html"), "utf8");
      for (const m of html.matchAll(/href="\/notes\/#([^"]+)"/g)) if (ids.has(m[1]!)) old.push(`${p.path} links to /notes/#${m[1]}`);
    }
    expect(old, `links through the old anchors:${listing(old)}`).toEqual([]);
  });
});

describe("/notes/all/: the whole ledger, for find and print", () => {
  for (const javaScript of [true, false]) {
    it(`holds every entry in full, in ledger order, found by the browser's find (JavaScript ${javaScript ? "on" : "off"})`, async () => {
      const { page } = await open(javaScript);
      await page.goto(`${base}/notes/all/`);
      const got = await page
        .locator("section.note")
        .evaluateAll((els) => els.map((el) => ({ id: el.id, title: el.querySelector("h3")?.textContent?.trim() ?? "", text: el.textContent ?? "" })));
      expect(got.map((g) => g.id)).toEqual(entries.map((e) => e.id));
      const missing = entries.filter((e, i) => got[i]!.title !== e.title || !got[i]!.text.replace(/\s+/g, " ").includes(e.what.replace(/\s+/g, " ")));
      expect(
        missing.map((e) => e.id),
        "entries without their title or text",
      ).toEqual([]);
      if (javaScript) {
        // Find in page reaches an entry far below the first screen, drawn or not (content-visibility).
        const last = entries.at(-1)!;
        const found = await page.evaluate((words) => (window as unknown as { find: (s: string) => boolean }).find(words), last.what.slice(0, 60));
        expect(found, `find "${last.what.slice(0, 60)}"`).toBe(true);
      }
    });
  }

  it("prints every entry: none is skipped or hidden in print", async () => {
    const { page } = await open(false);
    await page.goto(`${base}/notes/all/`);
    await page.emulateMedia({ media: "print" });
    const hidden = await page.locator("section.note").evaluateAll((els) =>
      els
        .filter((el) => {
          const s = getComputedStyle(el);
          return s.display === "none" || s.visibility === "hidden" || s.contentVisibility !== "visible" || el.getBoundingClientRect().height < 50;
        })
        .map((el) => el.id),
    );
    expect(hidden, "entries missing from print").toEqual([]);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it("is linked from /notes/ and from every entry's page", async () => {
    const { page } = await open(false);
    for (const path of ["/notes/", `/notes/${entries[0]!.id}/`]) {
      await page.goto(base + path);
      expect(await page.locator('a[href="/notes/all/"]').count(), path).toBeGreaterThan(0);
    }
  });
});
