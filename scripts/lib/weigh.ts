// Page weight as a visitor's browser sees it: one cold-cache load in Chromium,
// every response body counted as sent on the wire (gzip from the server) and
// grouped by kind; JavaScript also decoded, since parse cost follows raw size.
import type { Browser } from "playwright-core";

export interface Weight {
  status: number;
  html: number;
  css: number;
  js: number;
  data: number;
  other: number;
  total: number;
  jsRaw: number;
  /** The HTML document as sent: response headers and gzipped body. */
  document: number;
  /** Requests made, the document included. */
  requests: number;
  /** Resources fetched from anywhere but the page's own origin. */
  foreign: string[];
}

const KIND: Record<string, keyof Pick<Weight, "html" | "css" | "js" | "data">> = {
  document: "html",
  stylesheet: "css",
  script: "js",
  fetch: "data",
  xhr: "data",
};

export async function weigh(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const finished: Promise<void>[] = [];
  const w: Weight = { status: 0, html: 0, css: 0, js: 0, data: 0, other: 0, total: 0, document: 0, jsRaw: 0, requests: 0, foreign: [] };
  const origin = new URL(url).origin;
  page.on("request", () => (w.requests += 1));
  page.on("requestfinished", (request) => {
    finished.push(
      (async () => {
        if (new URL(request.url()).origin !== origin) w.foreign.push(request.url());
        const sizes = await request.sizes();
        const kind = KIND[request.resourceType()] ?? "other";
        w[kind] += sizes.responseBodySize;
        w.total += sizes.responseBodySize;
        if (request.isNavigationRequest()) w.document = sizes.responseHeadersSize + sizes.responseBodySize;
        if (kind === "js") w.jsRaw += (await (await request.response())?.body())?.length ?? 0;
      })(),
    );
  });
  try {
    const response = await page.goto(url, { waitUntil: "networkidle" });
    w.status = response?.status() ?? 0;
    await Promise.all(finished);
    return w;
  } finally {
    await context.close();
  }
}
