// The post-build CSP step on small hand-written pages, checked against the
// browser's rules: the hash is of the exact script text, data blocks are not
// hashed, <style> elements are hashed into style-src, style attributes and
// handlers are reported and never allowed.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cspHash, headersFile, inlineModuleScripts, inlineProblems, inlineScripts, inlineStyles, policy, withMeta } from "../../../scripts/lib/csp.ts";
import { applyCsp } from "../../../scripts/csp.ts";
import { headersFor, parseHeaders } from "../../../scripts/lib/headers.ts";
import { agreementProblems, headerProblems, policyProblems } from "../../e2e/policy.ts";

const none = { script: [], style: [] };
const page = (head: string, body = "<h1>T</h1>") =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

describe("inline scripts", () => {
  it("finds inline scripts, skips external ones, and tells data blocks from code", () => {
    const html = page(
      '<script src="/a.js"></script><script>let a = 1;</script><script type="module">import "/b.js"</script><script type="application/ld+json">{"a":1}</script>',
    );
    expect(inlineScripts(html)).toEqual([
      { type: "", text: "let a = 1;", governed: true },
      { type: "module", text: 'import "/b.js"', governed: true },
      { type: "application/ld+json", text: '{"a":1}', governed: false },
    ]);
  });

  it("hashes the UTF-8 bytes of the script text as CSP wants it", () => {
    // Independent computation: base64 of the SHA-256 digest of the bytes.
    const text = "console.log('£')";
    const digest = createHash("sha256").update(Buffer.from(text, "utf8")).digest("base64");
    expect(cspHash(text)).toBe(`'sha256-${digest}'`);
    // The example from the CSP3 specification: alert('Hello, world.');
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

describe("inlining small module scripts", () => {
  const inlined = (code: string) => inlineModuleScripts('<script type="module" src="/_astro/a.js"></script>', () => code);
  it("inlines a self-contained script, and one that only names a worker by an absolute URL", () => {
    expect(inlined("let a = 1;")).toBe('<script type="module">let a = 1;</script>');
    const worker = "new Worker(new URL(`/_astro/publish/w.js`,``+import.meta.url),{type:`module`})";
    expect(inlined(worker)).toBe(`<script type="module">${worker}</script>`);
  });
  it("leaves external a script that imports, or resolves a relative URL against its own address", () => {
    for (const code of [
      'import { a } from "../b.js";',
      'import("../c.js")',
      "new URL(`./w.js`, import.meta.url)",
      "new URL(`/w.js`, import.meta.url); import.meta.env",
    ])
      expect(inlined(code)).toBe('<script type="module" src="/_astro/a.js"></script>');
  });
});

describe("policy text", () => {
  it("is the strict policy, with frame-ancestors only in the header form", () => {
    expect(policyProblems(policy(none, "header"), "header")).toEqual([]);
    expect(policyProblems(policy(none, "meta"), "meta")).toEqual([]);
    expect(policy(none, "meta")).not.toContain("frame-ancestors");
    const hashed = policy({ script: ["'sha256-abc='", "'sha256-abc='"], style: ["'sha256-def='"] }, "header");
    expect(hashed).toContain("script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def=';");
    expect(policyProblems(hashed, "header")).toEqual([]);
  });

  it("is rejected by the test checker when loosened", () => {
    expect(policyProblems("default-src 'self'; script-src 'self' 'unsafe-inline'", "header")).toContain("script-src allows 'unsafe-inline'");
    expect(policyProblems(policy(none, "header").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"), "header")).toHaveLength(2);
    expect(policyProblems(policy(none, "header").replace("style-src 'self'", "style-src 'self' https:"), "header")).toHaveLength(2);
    expect(agreementProblems(policy(none, "header"), policy({ script: ["'sha256-x='"], style: [] }, "meta"))).toHaveLength(1);
    // A meta narrower than the header (a page's own hashes) agrees; a looser one does not.
    expect(
      agreementProblems(policy({ script: ["'sha256-x='"], style: ["'sha256-y='"] }, "header"), policy({ script: [], style: ["'sha256-y='"] }, "meta")),
    ).toEqual([]);
    expect(agreementProblems(policy(none, "header"), policy(none, "meta").replace("img-src 'self' data:", "img-src 'self' data: https:"))).toHaveLength(1);
  });
});

describe("meta and problems", () => {
  it("puts the meta right after the charset, and replaces it on a second run", () => {
    const once = withMeta(page('<link rel="stylesheet" href="/a.css">'), "default-src 'self'");
    expect(once).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>`);
    const twice = withMeta(once, "default-src 'none'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toContain(`content="default-src 'none'"`);
  });

  it("reports style attributes, event handlers and javascript: URLs, but not <style> (hashed instead)", () => {
    const html = page("<style>p{}</style>", '<h1 style="color:red" onclick="x()">T</h1><a href="javascript:void(0)">x</a>');
    expect(inlineProblems(html)).toHaveLength(3);
    expect(inlineStyles(html)).toEqual(["p{}"]);
    expect(inlineProblems(page(""))).toEqual([]);
  });
});

describe("applyCsp on a built folder", () => {
  it("writes the meta into every page and a _headers file the server reads", () => {
    const dir = mkdtempSync(join(tmpdir(), "csp-"));
    mkdirSync(join(dir, "a"));
    writeFileSync(join(dir, "index.html"), page("<script>1</script><style>h1{color:red}</style>"));
    writeFileSync(join(dir, "a", "index.html"), page("<style>p{margin:0}</style>"));
    const report = applyCsp(dir);
    expect(report).toEqual({ pages: 2, hashes: [cspHash("1")], styleHashes: [cspHash("h1{color:red}"), cspHash("p{margin:0}")].sort(), problems: [] });
    // Each page's meta lists its own hashes only; the header lists them all.
    const home = readFileSync(join(dir, "index.html"), "utf8");
    expect(home).toContain(`script-src 'self' ${cspHash("1")}; style-src 'self' ${cspHash("h1{color:red}")};`);
    const a = readFileSync(join(dir, "a", "index.html"), "utf8");
    expect(a).toContain(`script-src 'self'; style-src 'self' ${cspHash("p{margin:0}")};`);
    expect(a).not.toContain(cspHash("1"));
    const headers = headersFor(parseHeaders(readFileSync(join(dir, "_headers"), "utf8")), "/a/");
    expect(policyProblems(headers.get("content-security-policy"), "header")).toEqual([]);
    expect(headers.get("content-security-policy")).toContain(`style-src 'self' ${[cspHash("h1{color:red}"), cspHash("p{margin:0}")].sort().join(" ")};`);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headersFor(parseHeaders(headersFile("x")), "/_astro/a.js").get("cache-control")).toMatch(/immutable/);
  });
});

describe("the /publish/ page's own policy and its worker's", () => {
  it("gives /publish/ one policy (connect nowhere, no form action, its own worker, WebAssembly) in its meta and its header, and the worker its own", () => {
    const dir = mkdtempSync(join(tmpdir(), "csp-"));
    mkdirSync(join(dir, "publish"));
    mkdirSync(join(dir, "_astro", "publish"), { recursive: true });
    writeFileSync(join(dir, "index.html"), page("<style>h1{color:red}</style>"));
    writeFileSync(join(dir, "publish", "index.html"), page("<style>p{margin:0}</style>"));
    applyCsp(dir);
    const rules = parseHeaders(readFileSync(join(dir, "_headers"), "utf8"));
    const publish = headersFor(rules, "/publish/").get("content-security-policy");
    expect(policyProblems(publish, "header", "/publish/")).toEqual([]);
    expect(publish).not.toContain(",");
    const meta = /content="([^"]*)"/.exec(readFileSync(join(dir, "publish", "index.html"), "utf8"))![1];
    expect(policyProblems(meta, "meta", "/publish/")).toEqual([]);
    // Every other page keeps the site's policy, with no WebAssembly, no worker and no connect-src of its own.
    const home = headersFor(rules, "/").get("content-security-policy")!;
    expect(policyProblems(home, "header")).toEqual([]);
    expect(home).not.toMatch(/wasm|worker-src|connect-src/);
    expect(policyProblems(/content="([^"]*)"/.exec(readFileSync(join(dir, "index.html"), "utf8"))![1], "meta")).toEqual([]);
    const worker = headersFor(rules, "/_astro/publish/publish-worker.js");
    expect(worker.get("content-security-policy")).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(worker.get("x-content-type-options")).toBe("nosniff");
  });

  it('a rule\'s "! Name" line drops what earlier rules gave that header', () => {
    const rules = parseHeaders("/*\n  A: 1\n  B: 2\n/x/*\n  ! A\n  A: 3\n");
    expect(Object.fromEntries(headersFor(rules, "/x/"))).toEqual({ a: "3", b: "2" });
    expect(Object.fromEntries(headersFor(rules, "/y/"))).toEqual({ a: "1", b: "2" });
  });
});

describe("headerProblems", () => {
  it("passes the site's own headers and fails COOP or a missing X-Frame-Options", () => {
    const own = Object.fromEntries(headersFor(parseHeaders(headersFile("x")), "/a/"));
    expect(headerProblems(own)).toEqual([]);
    expect(headerProblems({ ...own, "cross-origin-opener-policy": "same-origin" })).toEqual([
      "Cross-Origin-Opener-Policy is sent (same-origin); scripts/lib/csp.ts says why it is not",
    ]);
    const { "x-frame-options": _dropped, ...noFrameOptions } = own;
    expect(headerProblems(noFrameOptions)).toEqual(["X-Frame-Options is missing"]);
  });
});
