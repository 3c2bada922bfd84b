// @ts-check
import { defineConfig } from "astro/config";

// A static site: every page is prerendered, charts are SVG made at build time.
export default defineConfig({
  site: "https://strengthening-families.example",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  compressHTML: true,
  devToolbar: { enabled: false },
});
