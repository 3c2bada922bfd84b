// The site's Content Security Policy and other security headers, and the pure
// steps that apply them to built HTML. Why a post-build step and not Astro's
// `security.csp`: Astro's version only writes a <meta> (no header, so no
// frame-ancestors on a static host without an adapter) and adds the hash of
// every bundled stylesheet and script to style-src/script-src, which would let
// an inline copy of them run. Here script-src and style-src stay 'self' and only
// inline scripts and <style> elements actually present in the built HTML are
// hashed. The site's CSS is inlined (astro.config.mjs) so that no stylesheet
// request blocks the first render; each <style> is allowed by its hash, never
// by 'unsafe-inline', and style attributes stay blocked.
import { parseHTML } from "linkedom";
import { sha256Bytes } from "../../src/lib/io/sha256.ts";

/** A policy written as its header is, as pairs of directive and sources. */
const directives = (text: string): (readonly [string, readonly string[]])[] =>
  text.split(";").map((d) => {
    const [name = "", ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  });

export const DIRECTIVES = directives(
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
);

/**
 * Pages whose policy differs from the site's: each directive named here replaces the site's, or is added.
 * /publish/ reads a council's export in the browser, so it may connect nowhere (connect-src 'none', and no
 * form may send anything: form-action 'none'); it may start its own Web Worker ('self', the only worker
 * source) and run WebAssembly (HiGHS, the solver), which 'wasm-unsafe-eval' allows and no other page needs.
 * The worker's own policy is WORKER_POLICY.
 */
export const PAGE_POLICIES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  "/publish/": Object.fromEntries(directives("script-src 'self' 'wasm-unsafe-eval'; form-action 'none'; connect-src 'none'; worker-src 'self'")),
};

/** Where the build puts the /publish/ page's worker, its chunks and highs.wasm (astro.config.mjs). */
export const WORKER_PATH = "/_astro/publish/";

/**
 * A dedicated worker has the policy its own script is served with, not the page's. The publish worker may load
 * its own chunks and compile the solver ('wasm-unsafe-eval'), and fetch one file, highs.wasm, from this site:
 * connect-src cannot name a path without naming the host, so it is 'self'. It starts, and fetches the solver,
 * when the form is first used, before any file is read.
 */
export const WORKER_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Sent with every response besides the CSP. interest-cohort (FLoC) is kept for older
 *  browsers; browsing-topics is its successor. Chromium 156 logs nothing for either.
 *  No Cross-Origin-Opener-Policy, on purpose: docs/decisions/no-coop.md says why,
 *  and when to put it back. Framing stays blocked (X-Frame-Options and
 *  frame-ancestors), and tests fail if COOP comes back. */
export const OTHER_HEADERS: readonly (readonly [string, string])[] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()"],
  ["X-Frame-Options", "DENY"],
];

// Inline <script> types the browser runs or checks against script-src; other
// types (application/ld+json, application/json) are data blocks CSP ignores.
const SCRIPT_TYPES = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script|text\/jscript)$/i;

export interface InlineScript {
  type: string;
  text: string;
  governed: boolean;
}

/** Inline scripts with their exact source text (the bytes the browser hashes). */
export function inlineScripts(html: string): InlineScript[] {
  const out: InlineScript[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? "";
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const typeMatch = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const type = (typeMatch?.[1] ?? typeMatch?.[2] ?? typeMatch?.[3] ?? "").trim();
    out.push({ type, text: m[2] ?? "", governed: SCRIPT_TYPES.test(type) });
  }
  return out;
}

/** Largest module script worth inlining: the site's islands are about 1 to 3 KB. */
export const INLINE_SCRIPT_LIMIT = 4096;

/** `new URL("/absolute/path", import.meta.url)` as the bundler writes it (a Web
 *  Worker's address): the same URL whether the script is a file or inline. */
const ABSOLUTE_URL_FROM_META = /new URL\((["'`])\/[^"'`]*\1,\s*(?:(["'`])\2\s*\+\s*)?import\.meta\.url\)/g;

/**
 * Replaces each small, self-contained module script that the page loads from
 * the build (`<script type="module" src="/_astro/...">`) with the same code
 * inline, so no request sits between the HTML and the first render; the policy
 * then allows it by hash. A script that imports another chunk stays external,
 * and so does one that reads import.meta for anything but an absolute URL (inline,
 * import.meta.url is the page's address, so a relative URL would change).
 * Lighthouse's simulation counts a script that arrived before the LCP on the way
 * to it, one round trip more, even a module script that does not block rendering.
 */
export function inlineModuleScripts(html: string, readAsset: (path: string) => string | null): string {
  return html.replace(/<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g, (tag, src: string) => {
    const code = readAsset(src);
    if (code === null || code.length > INLINE_SCRIPT_LIMIT || /\bimport\b|<\/script/i.test(code.replace(ABSOLUTE_URL_FROM_META, ""))) return tag;
    return `<script type="module">${code.trimEnd()}</script>`;
  });
}

/** The exact text of every <style> element (the bytes the browser hashes for style-src). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? "");
}

/** The CSP source that allows one inline script or <style>: its SHA-256 (of the UTF-8 text), in base64. */
export function cspHash(text: string): string {
  return `'sha256-${Buffer.from(sha256Bytes(text)).toString("base64")}'`;
}

/** What the strict policy blocks and no hash can allow (style attributes, handlers,
 *  javascript: URLs): reported, never allowed. */
export function inlineProblems(html: string): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === "style") problems.push(`style attribute on <${el.localName}>: ${attr.value.slice(0, 60)}`);
      else if (/^on/i.test(attr.name)) problems.push(`event handler ${attr.name} on <${el.localName}>`);
      else if (/^\s*javascript:/i.test(attr.value)) problems.push(`javascript: URL in ${attr.name} on <${el.localName}>`);
    }
  }
  return problems;
}

export interface Hashes {
  script: readonly string[];
  style: readonly string[];
}

/** The directives of a page: the site's, with the page's own (PAGE_POLICIES) in place of or after them. */
function directivesFor(page: string | undefined): (readonly [string, readonly string[]])[] {
  const own = (page && PAGE_POLICIES[page]) || {};
  const site = DIRECTIVES.map(([name, values]) => [name, own[name] ?? values] as const);
  return [...site, ...Object.entries(own).filter(([name]) => !DIRECTIVES.some(([n]) => n === name))];
}

/** The policy text (of the site, or of `page` when it has its own); the <meta> form leaves out frame-ancestors,
 *  which browsers ignore there. */
export function policy(hashes: Hashes, form: "header" | "meta", page?: string): string {
  const extra = (name: string) => (name === "script-src" ? hashes.script : name === "style-src" ? hashes.style : []);
  return directivesFor(page)
    .filter(([name]) => form === "header" || name !== "frame-ancestors")
    .map(([name, values]) => [name, ...values, ...[...new Set(extra(name))].sort()].join(" "))
    .join("; ");
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/i;

/** Puts the policy first in <head> (before any script or stylesheet it governs); replaces an earlier one. */
export function withMeta(html: string, metaPolicy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy}">`;
  if (META.test(html)) return html.replace(META, tag);
  const charset = /<meta charset="?[\w-]+"?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error("no <head> to put the Content Security Policy in");
  return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
}

/**
 * dist/_headers for Netlify and Cloudflare Pages. A page with its own policy, and the publish worker, get a rule
 * after the site's that first detaches the site's policy ("! Name", Cloudflare's syntax; Netlify skips a line
 * without a colon, and there a later rule's header replaces an earlier one's), so each is served one policy,
 * never the site's and its own together (two policies would both apply, and the site's forbids WebAssembly).
 */
export function headersFile(headerPolicy: string, pages: readonly (readonly [path: string, policy: string])[] = [], worker?: string): string {
  const own = (path: string, text: string) => [path, "  ! Content-Security-Policy", `  Content-Security-Policy: ${text}`];
  const lines = [
    "# Written by scripts/csp.ts after every build; edit scripts/lib/csp.ts, not this file.",
    "/*",
    `  Content-Security-Policy: ${headerPolicy}`,
    ...OTHER_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    ...pages.flatMap(([path, text]) => own(`${path}*`, text)),
    ...(worker ? own(`${WORKER_PATH}*`, worker) : []),
    // Astro fingerprints these file names, so they can be cached for good.
    "/_astro/*",
    "  Cache-Control: public, max-age=31536000, immutable",
  ];
  return lines.join("\n") + "\n";
}
