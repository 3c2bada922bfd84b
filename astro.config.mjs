// @ts-check
import { defineConfig } from "astro/config";
import { csp } from "./scripts/csp-integration.ts";

// A static site: every page is prerendered, charts are SVG made at build time.
// The site's CSS (under 3 KB gzipped) is inlined into each page so no stylesheet
// request blocks the first render; scripts/csp.ts allows each <style> by its hash.
export default defineConfig({
  site: "https://strengthening-families.example",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  compressHTML: true,
  devToolbar: { enabled: false },
  // After every build: Content Security Policy meta tags and dist/_headers.
  integrations: [csp()],
  // Never inline scripts or other assets: the Content Security Policy allows 'self' and hashed <style> only.
  vite: { build: { assetsInlineLimit: 0 } },
});
