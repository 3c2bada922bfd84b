// Connecting to the shared Chromium, and contexts that record what a page does:
// console errors, failed and third-party requests (blocked), CSP violations.
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { recordCspViolations } from "./probes.ts";

export function connect(): Promise<Browser> {
  return chromium.connect(inject("wsEndpoint"));
}

/** Connects to the shared Chromium for one test file; call at the top level. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connect();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the shared browser is not connected yet");
    return browser;
  };
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, and any console message about the CSP. */
  errors: string[];
  /** Same-origin responses with status >= 400 (other than the page itself). */
  failed: string[];
  /** Requests to any host but the local server; they are aborted. */
  thirdParty: string[];
}

export async function watchedPage(browser: Browser, options: { javaScript: boolean; width: number }, baseUrl = inject("baseUrl")): Promise<Watched> {
  const base = new URL(baseUrl);
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript,
    viewport: { width: options.width, height: 900 },
    reducedMotion: "reduce",
  });
  const watched: Watched = { context, page: undefined as unknown as Page, errors: [], failed: [], thirdParty: [] };
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base.origin) return route.continue();
    watched.thirdParty.push(url.href);
    return route.abort("blockedbyclient");
  });
  if (options.javaScript) await context.addInitScript(recordCspViolations);
  const page = await context.newPage();
  watched.page = page;
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy/i.test(m.text())) {
      watched.errors.push(`console.${m.type()}: ${m.text()} [${m.location().url}]`);
    }
  });
  page.on("pageerror", (e) => watched.errors.push(`uncaught: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400 && new URL(r.url()).origin === base.origin && r.request().resourceType() !== "document") {
      watched.failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
    }
  });
  return watched;
}

/** A short, readable list for a failure message. */
export function listing(items: readonly string[]): string {
  return items.length ? `\n  - ${items.join("\n  - ")}` : " (none)";
}
