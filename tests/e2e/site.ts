// What the browser tests test: the pages of the built site (scripts/lib/pages.ts
// finds them in the build, so the suite grows with the site).
import { inject } from "vitest";
import { discoverPages, type SitePage } from "../../scripts/lib/pages.ts";

export type { SitePage } from "../../scripts/lib/pages.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT (no trailing slash): the static server on the built site. */
    baseUrl: string;
    /** Absolute path of the built site the server serves. */
    distDir: string;
    /** Playwright endpoint of the one Chromium the test files share. */
    wsEndpoint: string;
  }
}

/** The pages, read when a test file is collected. */
export function sitePages(): SitePage[] {
  return discoverPages(inject("distDir"));
}
