// Performance budgets: the one place they are written down. npm run bench reads
// them; docs/decisions/performance-budgets.md says why they are what they are.
//
// Two kinds, and only the first decides whether CI passes:
// - everyPage and keyPage: what a build fixes exactly (bytes as sent, JavaScript,
//   requests). The same build always weighs the same, so a page over budget is a
//   real change.
// - lighthouse: scores and LCP are simulated from the main-thread time Chromium
//   observes, which moves by several points on a shared two-core machine. They are
//   measured and printed (median of several runs, beside the load average and the
//   distance from each target) but never gate CI: a noisy number must not stop
//   good work from landing.
// Every page's HTML document must also fit the first round trip (keyPage.documentBytes),
// but for the few pages listed in firstWindowExempt, each with its reason.
// Bytes are response bodies as sent (gzip), cold cache, per page: the HTML, CSS,
// JavaScript, data and anything else the page loads. 1 KB = 1,000 bytes.
export const BUDGETS = {
  everyPage: {
    transferredBytes: 60_000,
    javaScriptBytes: 10_000,
    /** Every request the page makes, the document included. */
    requests: 6,
  },
  /** The key pages (lighthouse.pages) arrive in one round trip. A new connection may
   *  send 10 segments of 1,460 bytes before it waits for an acknowledgement (TCP's
   *  initial congestion window, RFC 6928); a document larger than that, headers
   *  included, costs every first-time visitor another round trip before it can be
   *  drawn (about 150 ms on Lighthouse's mobile network, more on a poor one).
   *  And nothing else is fetched: CSS, scripts and the icon are inside the page (a
   *  separate icon sat on Lighthouse's path to LCP, one more round trip). */
  keyPage: {
    documentBytes: 10 * 1_460,
    requests: 1,
  },
  /** Every other page's document is held to the key pages' one round trip too
   *  (keyPage.documentBytes), except the pages named here, each with its reason.
   *  A key page is never exempt. */
  firstWindowExempt: {
    "/notes/all/":
      "the whole ledger in one document, so that find and print reach every entry with or without JavaScript; its text alone is more than the first window",
  } as Readonly<Record<string, string>>,
  /** Reported only. Lighthouse (mobile, default throttling) category scores, 0 to 100. */
  lighthouse: {
    pages: ["/", "/child-outcomes/", "/services/"],
    target: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
    /** Each key page's median LCP over a bare page holding one of the site's charts as inline SVG. */
    lcpRatio: 1.1,
  },
} as const;

export type Category = keyof typeof BUDGETS.lighthouse.target;
export const CATEGORIES = Object.keys(BUDGETS.lighthouse.target) as Category[];
