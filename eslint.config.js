import { readdirSync } from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The rooms and the arrows between them (docs/architecture.md, docs/style.md).
// Zone paths are relative to the directory ESLint runs in; tests/lint runs the
// same config on fixtures that mirror app/ to show that each rule bites.
const domains = readdirSync(path.join(import.meta.dirname, "app/modules"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const layering = [
  {
    target: "./app/utils",
    from: ["./app/modules", "./app/routes", "./app/components", "./prisma"],
    message: "utils/ is cross-cutting: it never imports modules, routes, components or the seed.",
  },
  {
    target: "./app/modules",
    from: "./app/routes",
    message: "A module never imports a route (tests included: route tests live in tests/routes/).",
  },
  {
    target: "./app/components/ui",
    from: ["./app/modules", "./app/routes"],
    message: "components/ui is generic: no modules, no routes.",
  },
  {
    target: "./app/routes",
    from: "./app/routes",
    message: "A route never imports another route: share through a module or utils/.",
  },
  // A module uses another module's top-level files only (its public surface); its
  // components/ and any deeper folder are private to it and to the routes.
  ...domains.map((domain) => ({
    target: `./app/modules/${domain}/**`,
    from: `./app/modules/!(${domain})/*/**`,
    message:
      "A module uses only another module's top-level files (<domain>.server.ts, <domain>.schema.ts…), never its components/ or internals.",
  })),
];

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "app/generated/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      // Type-only, outside the main tsconfig until its call sites are typed (see the file).
      "app/i18n-keys.d.ts",
      // Deliberately broken code for tests/lint/boundaries.test.ts.
      "tests/lint/fixtures/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones: layering }],
      // Settings come from the env schema (app/utils/env.server.ts); only it, the
      // server's start-up and command-line scripts read process.env.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through env() from #app/utils/env.server.ts." },
      ],
    },
  },
  {
    files: [
      "app/utils/env.server.ts",
      "server/start.ts",
      "scripts/**",
      "tests/**",
      "**/*.test.{ts,tsx}",
      "*.config.{js,ts}",
      "prisma.config.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
