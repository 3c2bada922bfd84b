// @ts-check
// ESLint for every .ts file (and this config). .astro files are left to `astro check`.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    // Built, generated, data or vendored: never linted.
    ignores: [
      "dist/",
      "dist-*/",
      "node_modules/",
      ".astro/",
      ".scratch/",
      "public/data/",
      "public/data.tmp-*/",
      "examples/",
      "data/",
      "src/lib/tracker/schemas/",
      "tests/fixtures/frictionless/",
      "tests/e2e/.artifacts/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  prettier,
);
