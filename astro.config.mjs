// @ts-check
import { defineConfig } from "astro/config";
import { csp } from "./scripts/csp-integration.ts";

// A static site: every page is prerendered, charts are SVG made at build time.
// Stylesheets stay external so the Content Security Policy needs no inline styles.
export default defineConfig({
  site: "https://strengthening-families.example",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  devToolbar: { enabled: false },
  // After every build: Content Security Policy meta tags and dist/_headers.
  integrations: [csp()],
  // Never inline scripts or assets: the Content Security Policy allows 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
});
