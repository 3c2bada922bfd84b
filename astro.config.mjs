// @ts-check
import { defineConfig } from "astro/config";
import { csp } from "./scripts/csp-integration.ts";

// A static site: every page is prerendered, charts are SVG made at build time.
// The site's CSS (under 3 KB gzipped) is inlined into each page so no stylesheet
// request blocks the first render; scripts/csp.ts allows each <style> by its hash.
export default defineConfig({
  // The public address comes from SITE_URL (src/lib/site-url.ts); unset, pages
  // carry no canonical link and no sitemap, and nothing invents a domain.
  site: process.env["SITE_URL"] || undefined,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  compressHTML: true,
  devToolbar: { enabled: false },
  // After every build: Content Security Policy meta tags and dist/_headers.
  integrations: [csp()],
  // Never inline scripts or other assets: the Content Security Policy allows 'self' and hashed <style> only.
  // The /publish/ page's Web Worker, its chunks and the solver it loads (highs.wasm) go under /_astro/publish/,
  // so dist/_headers can give them the worker's own policy (scripts/lib/csp.ts, WORKER_POLICY).
  vite: {
    build: { assetsInlineLimit: 0 },
    worker: {
      format: "es",
      rolldownOptions: {
        output: {
          entryFileNames: "_astro/publish/[name].[hash].js",
          chunkFileNames: "_astro/publish/[name].[hash].js",
          assetFileNames: "_astro/publish/[name].[hash][extname]",
        },
      },
    },
  },
});
