// Performance budgets: the one place they are written down. npm run bench reads
// them and exits non-zero when a page is over; README quotes them.
// Bytes are response bodies as sent (gzip), cold cache, per page: the HTML, CSS,
// JavaScript, data and anything else the page loads. 1 KB = 1,000 bytes.
export const BUDGETS = {
  everyPage: {
    transferredBytes: 60_000,
    javaScriptBytes: 10_000,
  },
  /** Lighthouse (mobile, default throttling) category scores, 0 to 100. */
  lighthouse: {
    pages: ["/", "/child-outcomes/", "/services/"],
    minimum: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
  },
} as const;

export type Category = keyof typeof BUDGETS.lighthouse.minimum;
export const CATEGORIES = Object.keys(BUDGETS.lighthouse.minimum) as Category[];
