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
  {
    rules: {
      // TypeScript itself reports undefined names (typescript-eslint's advice); the rule knows no Node globals in astro.config.mjs.
      "no-undef": "off",
      // A leading underscore names what is left out on purpose: `{ where: _where, ...rest }`.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // `let { a, b } = …` where only b is reassigned stays one statement.
      "prefer-const": ["error", { destructuring: "all" }],
    },
  },
  prettier,
);
