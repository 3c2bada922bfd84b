// @ts-check
import { defineConfig } from "astro/config";

// A static site: every page is prerendered, charts are SVG made at build time.
// Stylesheets stay external so the Content Security Policy needs no inline styles.
export default defineConfig({
  site: "https://strengthening-families.example",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Never inline scripts or assets: the Content Security Policy allows 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
});
