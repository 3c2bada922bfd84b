// The harness checked against a tiny site built to break the rules, so a green
// run of the page tests means the pages are right, not that the detectors are
// deaf: the CSP step's hash lets its inline script and <style> run, JSON-LD is
// not reported, and a <style> added after the step, a style attribute, a third-party image, a cookie, a skipped heading, an
// unreachable control, a focus ring cut off by a deferred block and a deferred
// block that moves the layout are all caught.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyCsp } from "../../scripts/csp.ts";
import { serve, type Running } from "../../scripts/serve.ts";
import { connect } from "./browser.ts";
import { visit, type Visit } from "./visit.ts";

const page = (body: string, head = "") =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title>${head}</head><body><main id="main">${body}</main></body></html>`;

let browser: Browser;
let site: Running;
let good: Visit;
let bad: Visit;
let deferred: Visit;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "e2e-harness-"));
  mkdirSync(join(dir, "bad"));
  writeFileSync(join(dir, "favicon.ico"), "");
  writeFileSync(
    join(dir, "index.html"),
    page(
      '<h1>Good</h1><p><a href="/bad/">A link</a></p>',
      '<script type="application/ld+json">{"@type":"Dataset"}</script><script>document.documentElement.dataset.ran = "yes"</script><style>h1{color:#12436d}</style>',
    ),
  );
  writeFileSync(
    join(dir, "bad", "index.html"),
    page(
      '<h1>Bad</h1><h3>Skipped a level</h3><p style="color:red">Styled inline</p><img src="https://third-party.example/pixel.png" alt=""><div tabindex="0" hidden>x</div>',
      '<script>document.cookie = "tracker=1; path=/"</script>',
    ),
  );
  // A deferred block with no clip margin, a link flush with its edge, and a first
  // child whose 40px margin collapses through the block's edge when not deferred.
  mkdirSync(join(dir, "deferred"));
  writeFileSync(
    join(dir, "deferred", "index.html"),
    page(
      '<h1>Deferred</h1><section><h2 class="far">Far</h2><p><a href="/">Flush link</a></p></section><p>After</p>',
      "<style>section{content-visibility:auto;contain-intrinsic-block-size:auto 100px} .far{margin:40px 0 0} a:focus-visible{outline:3px solid #fd0;box-shadow:0 0 0 6px #000}</style>",
    ),
  );
  applyCsp(dir);
  // Let images come from anywhere on the bad page, so the request guard, not the CSP, must catch the pixel.
  const badFile = join(dir, "bad", "index.html");
  // A <style> that arrives after the CSP step has no hash, so the policy must block it.
  writeFileSync(badFile, readFileSync(badFile, "utf8").replace("img-src 'self' data:", "img-src *").replace("</head>", "<style>h1{color:red}</style></head>"));
  writeFileSync(join(dir, "_headers"), "/*\n  X-Content-Type-Options: nosniff\n");
  site = await serve(dir);
  browser = await connect();
  good = await visit(browser, { path: "/" }, site.url);
  bad = await visit(browser, { path: "/bad/" }, site.url);
  deferred = await visit(browser, { path: "/deferred/" }, site.url);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("the page checks, on a fixture site", () => {
  it("let a hashed inline script and <style> run and ignore JSON-LD", () => {
    expect(good.violations).toEqual([]);
    expect(good.errors).toEqual([]);
    expect(good.meta.content).toMatch(/script-src 'self' 'sha256-/);
    expect(good.meta.content).toMatch(/style-src 'self' 'sha256-/);
  });

  it("catch a <style> without a hash", () => {
    expect(bad.violations.map((v) => v.directive)).toContain("style-src-elem");
  });

  it("catch a style attribute as a CSP violation and a console error", () => {
    expect(bad.violations.map((v) => v.directive)).toContain("style-src-attr");
    expect(bad.errors.some((e) => /Content Security Policy/.test(e))).toBe(true);
  });

  it("catch a third-party request and a cookie", () => {
    expect(bad.thirdParty).toEqual(["https://third-party.example/pixel.png"]);
    expect(bad.cookies).toEqual(["tracker (127.0.0.1)"]);
    expect(good.thirdParty).toEqual([]);
    expect(good.cookies).toEqual([]);
  });

  it("see headings, focus stops and axe results", () => {
    expect(bad.headings.map((h) => h.level)).toEqual([1, 3]);
    expect(good.focusables).toEqual(['<a> "A link" /bad/']);
    expect(good.tabbed.map((t) => [t.index, t.visible, t.onScreen])).toEqual([[0, true, true]]);
    expect(bad.axeWide.map((v) => v.id)).toContain("heading-order");
  });

  it("catch a focus ring cut off by a deferred block, and a deferred block that moves the layout", () => {
    expect(good.tabbed.map((t) => t.clippedBy)).toEqual([null]);
    expect(deferred.tabbed.map((t) => [t.description, t.clippedBy])).toEqual([['<a> "Flush link" /', "section"]]);
    expect(deferred.deferral.deferred).toBe(1);
    expect(deferred.deferral.moved[0]).toMatch(/^section in main#main: -\d+px$/);
    expect(good.deferral).toEqual({ deferred: 0, moved: [] });
  });
});
